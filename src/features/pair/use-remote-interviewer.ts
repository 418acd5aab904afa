import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { interviewerDataFromProblem, interviewerView } from '../../domain/pair/candidate-view';
import type { InterviewerViewModel } from '../../domain/pair/interviewer-actions';
import type { CodeSelection, InterviewerShare } from '../../domain/pair/pair-doc.schema';
import { rubricDelivery } from '../../domain/pair/pair-sync';
import type { CandidateState } from '../../domain/pair/pair-state.schema';
import type { Rubric } from '../../domain/pair/rubric';
import { candidateStateFromShared } from '../../domain/pair/shared-round';
import type { Problem } from '../../domain/problem/problem.schema';
import type { Estimate } from '../../domain/round/round.schema';
import { elapsedMs } from '../../domain/round/round-timer';
import { importRoomKey, PairCryptoError } from '../../lib/pair-crypto';
import { readInterviewerShare, readSharedRound, writeInterviewerShare } from '../../lib/pair-doc';
import { pairTabId } from '../../lib/pair-tab-id';
import { openRelayLink, type LinkState, type RelayLink } from '../../lib/pair-relay-link';
import { useProblem } from './use-problem';

export interface RemoteInterviewer {
  /** A link that cannot be used (no key, a malformed key), before any connection. */
  badLink: string | null;
  state: LinkState | null;
  /** The candidate's round as last received in good shape. */
  candidate: CandidateState | null;
  /** Why the candidate's last change was refused, if it was. */
  refused: string | null;
  problem: Problem | null;
  model: InterviewerViewModel | null;
}

const EMPTY_SHARE: InterviewerShare = { v: 1, hints: [], prompts: [], rubric: null };

/**
 * The interviewer's side of pair practice on another machine: joins the room of the link, reads
 * the candidate's part of the shared document (checked before use) and writes its own: hints
 * given, prompts asked, the rubric. The script, the ladder's texts, the reference and the
 * hidden tests come from this machine's copy of the app, never from the wire.
 */
export function useRemoteInterviewer(roomId: string, key: string): RemoteInterviewer {
  const [badLink, setBadLink] = useState<string | null>(null);
  const [state, setState] = useState<LinkState | null>(null);
  const [heard, setHeard] = useState<{
    candidate: CandidateState;
    estimate: Estimate | null;
  } | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [selection, setSelection] = useState<CodeSelection | null>(null);
  const [share, setShare] = useState<InterviewerShare>(EMPTY_SHARE);
  const linkRef = useRef<RelayLink | null>(null);

  const candidate = heard?.candidate ?? null;
  const problem = useProblem(candidate?.problemSlug ?? null);

  const read = useEffectEvent(() => {
    const link = linkRef.current;
    if (!link) return;
    setState(link.state());
    setSelection(link.peerSelection());
    // A reopened interviewer tab takes back what it had shared (hints, prompts, rubric).
    const own = readInterviewerShare(link.doc);
    if (own.ok === true) setShare((s) => (s === EMPTY_SHARE ? own.value : s));
    const round = readSharedRound(link.doc);
    if (round.ok === 'empty') return;
    if (!round.ok) return setRefused(round.error);
    setRefused(null);
    const { state: next, estimate } = candidateStateFromShared(
      round.value.round,
      round.value.code,
      link.state().offsetMs,
    );
    setHeard({ candidate: next, estimate });
  });

  useEffect(() => {
    if (!key) return;
    let live = true;
    let cleanup = () => {};
    importRoomKey(key)
      .then((cryptoKey) => {
        if (!live) return;
        const link = openRelayLink({
          origin: location.origin,
          roomId,
          key: cryptoKey,
          role: 'interviewer',
          peerId: pairTabId(),
        });
        linkRef.current = link;
        const unfollow = link.subscribe(read);
        link.doc.on('update', read);
        read();
        cleanup = () => {
          unfollow();
          link.destroy();
        };
      })
      .catch((error: unknown) => {
        if (!live) return;
        if (!(error instanceof PairCryptoError)) throw error;
        setBadLink(`The link’s key is not valid (${error.message}): ask for the link again.`);
      });
    return () => {
      live = false;
      cleanup();
      linkRef.current = null;
    };
  }, [roomId, key]);

  // Everything this side shares goes through the document (sent when the relay is reachable).
  useEffect(() => {
    if (linkRef.current && share !== EMPTY_SHARE) writeInterviewerShare(linkRef.current.doc, share);
  }, [share, state?.connection]);

  const rubric = share.rubric ?? candidate?.rubric ?? null;
  const view =
    candidate && problem
      ? interviewerView(candidate, { ...interviewerDataFromProblem(problem), rubric })
      : null;
  const connected = state?.connection === 'connected' && state.peer;

  const giveHint = (index: number) => {
    const text = problem?.hints[index];
    if (!candidate || text === undefined || share.hints.some((h) => h.index === index)) return;
    const atMs = elapsedMs(candidate.timer, Date.now());
    setShare((s) => ({ ...s, hints: [...s.hints, { index, atMs, text }] }));
  };

  return {
    badLink: key
      ? badLink
      : 'The link has no key (the part after #): ask the candidate to copy it again.',
    state,
    candidate,
    refused,
    problem,
    model: view && {
      state: view,
      connected,
      delivery: rubricDelivery(share.rubric, candidate),
      selection,
      estimate: heard?.estimate ?? null,
      onGiveHint: giveHint,
      onPromptAsked: (prompt) =>
        setShare((s) =>
          s.prompts.includes(prompt) ? s : { ...s, prompts: [...s.prompts, prompt] },
        ),
      onSaveRubric: (next: Rubric) => setShare((s) => ({ ...s, rubric: next })),
    },
  };
}
