import { rubricForSavedRound, sharedRoundFromRound } from '../../domain/pair/shared-round';
import type { Round } from '../../domain/round/round.schema';
import type * as PairDoc from '../../lib/pair-doc';
import type { RelayLink } from '../../lib/pair-relay-link';
import { roundRecords } from '../../store/round-records';

/** How long a saved round's room stays open for the interviewer's rubric. */
export const RUBRIC_WAIT_MS = 30 * 60_000;

const keepers = new Map<string, () => void>();

/**
 * The candidate saved the round before the interviewer on another machine submitted the rubric:
 * the round page is gone, but the room stays open (outside React, in this tab) until then. Each
 * rubric that arrives (checked by the document schema) is written into the saved record and
 * echoed back, so the interviewer sees "Rubric saved in the round". The room closes after
 * RUBRIC_WAIT_MS, or when the tab closes.
 */
export function keepForRubric(options: {
  link: RelayLink;
  doc: typeof PairDoc;
  round: Round;
  hints: readonly string[];
  waitMs?: number;
}): void {
  const { link, doc, hints } = options;
  keepers.get(options.round.id)?.();
  let round = options.round;
  let chain = Promise.resolve();

  const amend = async () => {
    const share = doc.readInterviewerShare(link.doc);
    if (share.ok !== true) return;
    const rubric = rubricForSavedRound(round, share.value);
    if (!rubric) return;
    const record = await roundRecords().get(round.id);
    if (!record) return;
    round = { ...record, rubric };
    await roundRecords().save(round);
    const shared = sharedRoundFromRound(round, hints, link.state().offsetMs);
    doc.writeSharedRound(link.doc, shared.round, shared.code);
  };
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin !== 'local') chain = chain.then(amend).catch(() => undefined);
  };
  const stop = () => {
    clearTimeout(timer);
    link.doc.off('update', onUpdate);
    link.destroy();
    keepers.delete(options.round.id);
  };
  const timer = setTimeout(stop, options.waitMs ?? RUBRIC_WAIT_MS);
  keepers.set(options.round.id, stop);
  link.doc.on('update', onUpdate);
  chain = chain.then(amend).catch(() => undefined); // a rubric may have arrived already
}
