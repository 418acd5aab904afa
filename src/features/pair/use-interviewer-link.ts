import { useEffect, useRef, useState } from 'react';
import {
  candidateView,
  interviewerDataFromProblem,
  interviewerView,
} from '../../domain/pair/candidate-view';
import type { InterviewerViewModel } from '../../domain/pair/interviewer-actions';
import { receiveFromCandidate, rubricDelivery } from '../../domain/pair/pair-sync';
import type { CandidateState, PairState } from '../../domain/pair/pair-state.schema';
import type { Rubric } from '../../domain/pair/rubric';
import type { Problem } from '../../domain/problem/problem.schema';
import { elapsedMs } from '../../domain/round/round-timer';
import type { PairChannel } from '../../lib/pair-channel';
import { joinPairChannel } from '../../lib/pair-presence';
import { amendSavedRound } from './amend-saved-round';
import { useProblem } from './use-problem';
import { useSavedRound } from './use-saved-round';

export interface InterviewerLink {
  /** The candidate's round: as heard over the channel, else as last saved in this browser. */
  candidate: CandidateState | null;
  /** The full view once the problem is known; null until then. */
  model: InterviewerViewModel | null;
  /** The round's problem, once the round is known and the problem loaded. */
  problem: Problem | null;
  /** Why the rubric could not be added to the saved round, if it could not. */
  amendError: string | null;
}

const AMEND_TRIES = 10;

/**
 * The interviewer window's side of a round's pair channel: says hello (the candidate's window
 * answers with its round), follows the candidate's updates, answers a reopened candidate window,
 * gives hints and marks prompts, and delivers the rubric (to the round from the recap on, or into
 * the saved record when the candidate saved first).
 */
export function useInterviewerLink(roundId: string): InterviewerLink {
  const saved = useSavedRound(roundId);
  const [heard, setHeard] = useState<CandidateState | null>(null);
  const [connected, setConnected] = useState(false);
  const [own, setOwn] = useState<Rubric | null>(null);
  const [amendError, setAmendError] = useState<string | null>(null);
  const channel = useRef<PairChannel | null>(null);
  const latest = useRef<PairState | null>(null);

  const candidate = heard ?? saved;
  const problem = useProblem(candidate?.problemSlug ?? null);
  const rubric = own ?? candidate?.rubric ?? null;
  const state =
    candidate && problem
      ? interviewerView(candidate, { ...interviewerDataFromProblem(problem), rubric })
      : null;
  const [amended, setAmended] = useState<string | null>(null);
  const rubricKey = JSON.stringify(rubric);
  const due = rubricDelivery(rubric, candidate);
  const delivery = due === 'amend-record' && amended === rubricKey ? 'delivered' : due;
  useEffect(() => {
    latest.current = state;
  });

  useEffect(() => {
    const presence = joinPairChannel(roundId, 'interviewer', (message) => {
      setConnected(message.type !== 'bye');
      // A (re)opened candidate window asks for what the interviewer holds: the scores, mostly.
      if (message.type === 'hello' && latest.current) {
        presence?.channel.send({ type: 'state', state: candidateView(latest.current) });
      }
      setHeard((current) => receiveFromCandidate(current, message));
    });
    channel.current = presence?.channel ?? null;
    return () => {
      presence?.leave();
      channel.current = null;
    };
  }, [roundId]);

  // Scores go out once the candidate reaches the recap; sent again only when they change (the
  // key, not the object: a new object with the same scores is not a change).
  useEffect(() => {
    const rubric = JSON.parse(rubricKey) as Rubric | null;
    if (delivery === 'send' && latest.current) {
      channel.current?.send({ type: 'state', state: candidateView(latest.current) });
    }
    if (delivery !== 'amend-record' || !rubric) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const attempt = async (tries: number): Promise<void> => {
      const done = await amendSavedRound(roundId, rubric);
      if (!live) return;
      if (done) setAmended(rubricKey);
      else if (tries > 1) timer = setTimeout(() => void attempt(tries - 1), 1_000);
      else setAmendError('The saved round was not found in this browser.');
    };
    attempt(AMEND_TRIES).catch((error: unknown) => {
      if (live) setAmendError(error instanceof Error ? error.message : String(error));
    });
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [delivery, rubricKey, roundId]);

  const send: InterviewerViewModel['onGiveHint'] = (index) => {
    const text = problem?.hints[index];
    if (!candidate || text === undefined) return;
    const atMs = elapsedMs(candidate.timer, Date.now());
    channel.current?.send({ type: 'give-hint', hint: { index, atMs, text } });
  };

  return {
    candidate,
    problem,
    amendError,
    model: state && {
      state,
      connected,
      delivery,
      onGiveHint: send,
      onPromptAsked: (prompt) => channel.current?.send({ type: 'prompt-shown', prompt }),
      onSaveRubric: setOwn,
    },
  };
}
