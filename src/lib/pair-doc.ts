import * as Y from 'yjs';
import {
  interviewerShareSchema,
  MAX_SHARED_CODE_CHARS,
  parseShare,
  sharedRoundSchema,
  type InterviewerShare,
  type ParsedShare,
  type SharedRound,
} from '../domain/pair/pair-doc.schema';

/**
 * The Yjs document of a pair room: `code` (Y.Text, the candidate's code, edited character by
 * character so a keystroke is a small update), `round` (Y.Map, the rest of the candidate's
 * part, one JSON value per field) and `interviewer` (Y.Map, hints, prompts, rubric).
 */
export function createPairDoc(): Y.Doc {
  return new Y.Doc();
}

const parts = (doc: Y.Doc) => ({
  code: doc.getText('code'),
  round: doc.getMap<unknown>('round'),
  interviewer: doc.getMap<unknown>('interviewer'),
});

/** Replaces the text with `next` by one delete and one insert around the common prefix/suffix. */
function setText(text: Y.Text, next: string): void {
  const prev = text.toString();
  if (prev === next) return;
  let start = 0;
  while (start < prev.length && start < next.length && prev[start] === next[start]) start += 1;
  let end = 0;
  while (
    end < prev.length - start &&
    end < next.length - start &&
    prev[prev.length - 1 - end] === next[next.length - 1 - end]
  ) {
    end += 1;
  }
  if (prev.length - start - end > 0) text.delete(start, prev.length - start - end);
  if (next.length - start - end > 0) text.insert(start, next.slice(start, next.length - end));
}

/** Writes only the fields whose JSON changed, in one transaction (one update on the wire). */
function setFields(map: Y.Map<unknown>, fields: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(fields)) {
    if (JSON.stringify(map.get(name)) !== JSON.stringify(value)) map.set(name, value);
  }
  for (const name of [...map.keys()]) if (!(name in fields)) map.delete(name);
}

/** Candidate side: publishes its round and code. */
export function writeSharedRound(doc: Y.Doc, round: SharedRound, code: string): void {
  const { code: text, round: map } = parts(doc);
  doc.transact(() => {
    setText(text, code);
    setFields(map, round);
  }, 'local');
}

export type ReadRound = ParsedShare<{ round: SharedRound; code: string }> | { ok: 'empty' };

/** Interviewer side: the candidate's part, parsed (`empty` until the candidate has written). */
export function readSharedRound(doc: Y.Doc): ReadRound {
  const { code, round } = parts(doc);
  if (round.size === 0) return { ok: 'empty' };
  if (code.length > MAX_SHARED_CODE_CHARS)
    return { ok: false, error: `code: longer than ${MAX_SHARED_CODE_CHARS} characters` };
  const parsed = parseShare(sharedRoundSchema, 'round', round.toJSON());
  return parsed.ok ? { ok: true, value: { round: parsed.value, code: code.toString() } } : parsed;
}

/** Interviewer side: publishes hints given, prompts asked and the rubric. */
export function writeInterviewerShare(doc: Y.Doc, share: InterviewerShare): void {
  doc.transact(() => setFields(parts(doc).interviewer, share), 'local');
}

/** Candidate side: the interviewer's part, parsed (`empty` until the interviewer has written). */
export function readInterviewerShare(doc: Y.Doc): ParsedShare<InterviewerShare> | { ok: 'empty' } {
  const { interviewer } = parts(doc);
  if (interviewer.size === 0) return { ok: 'empty' };
  return parseShare(interviewerShareSchema, 'interviewer', interviewer.toJSON());
}
