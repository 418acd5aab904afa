import { useEffect, useState } from 'react';
import { candidateStateFromRound } from '../../domain/pair/candidate-view';
import type { CandidateState } from '../../domain/pair/pair-state.schema';
import { loadProblem } from '../../content/problem-bank';
import { useAppStore } from '../../store/app-store';
import { roundRecords } from '../../store/round-records';
import { useHydrated } from '../../store/selectors';

/**
 * The round as this browser last saved it: the active round (the candidate's window writes it
 * on every change) or, once finished, its record. What a reopened interviewer window shows until
 * the candidate's window answers; null while reading or when this browser has no such round.
 */
export function useSavedRound(roundId: string): CandidateState | null {
  const hydrated = useHydrated();
  const [saved, setSaved] = useState<{ id: string; state: CandidateState } | null>(null);
  useEffect(() => {
    if (!hydrated) return;
    let live = true;
    void (async () => {
      const active = useAppStore.getState().activeRound;
      const round = active?.id === roundId ? active : await roundRecords().get(roundId);
      if (!round) return;
      const hints = (await loadProblem(round.problemSlug))?.hints ?? [];
      const state = candidateStateFromRound(round, hints, round.rubric ?? null);
      if (live) setSaved({ id: roundId, state });
    })().catch(() => {
      // Unreadable storage: the window waits for the candidate's window to send the round.
    });
    return () => {
      live = false;
    };
  }, [hydrated, roundId]);
  return saved?.id === roundId ? saved.state : null;
}
