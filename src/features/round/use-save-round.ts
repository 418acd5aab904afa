import { useState } from 'react';
import { useNavigate } from 'react-router';
import { roundRecords } from '../../store/round-records';
import { runResults } from '../../store/run-results';
import { flushRoundState, readActiveRound, useClearActiveRound } from './use-round-store';

/** What the past-rounds page receives after a save, to confirm it. */
export interface SavedRoundState {
  savedRoundId: string;
}

/**
 * Writes the finished round to the records, then opens the past rounds and only then forgets
 * the active round: if writing fails, the round stays active (and persisted) to try again.
 */
export function useSaveRound() {
  const navigate = useNavigate();
  const clear = useClearActiveRound();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    const round = readActiveRound();
    if (!round || round.phase !== 'saved') return;
    setSaving(true);
    setError(null);
    try {
      await roundRecords().save(round);
    } catch (reason) {
      setSaving(false);
      setError(
        `The round could not be saved (${reason instanceof Error ? reason.message : String(reason)}). It is kept here: try again.`,
      );
      return;
    }
    // The record has the counts now: the Run kept for a reload mid-round can go (best effort, a
    // later save sweeps what this one missed).
    await runResults()
      .forgetRounds(null)
      .catch(() => 0);
    const state: SavedRoundState = { savedRoundId: round.id };
    await navigate('/rounds', { state });
    clear();
    await flushRoundState();
  };

  return { save, saving, error };
}
