import type { CodeSelection } from '../../domain/pair/pair-doc.schema';

type Listener = (selection: CodeSelection) => void;
const listeners = new Set<Listener>();

/** The editor reports the candidate's selection here; a partner link (if any) listens. */
export function publishSelection(selection: CodeSelection): void {
  for (const listener of [...listeners]) listener(selection);
}

/** Follows the candidate's selection; returns the unsubscribe function. */
export function onSelection(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
