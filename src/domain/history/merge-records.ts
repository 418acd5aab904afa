import type { Assessment } from '../assessment/assessment.schema';
import type { Submission } from '../practice/submission.schema';

export interface MergeCounts<T> {
  /** The records to write: new ids and newer versions of known ones. */
  changed: T[];
  added: number;
  updated: number;
  unchanged: number;
}

/** Same rule as mergeRounds for any records with an id and a last-change time. */
function mergeById<T extends { id: string }>(
  existing: readonly T[],
  incoming: readonly T[],
  lastChangeOf: (record: T) => number,
): MergeCounts<T> {
  const byId = new Map(existing.map((r) => [r.id, r]));
  const latest = new Map<string, T>();
  for (const record of incoming) {
    const seen = latest.get(record.id);
    if (!seen || lastChangeOf(record) > lastChangeOf(seen)) latest.set(record.id, record);
  }
  const changed: T[] = [];
  let added = 0;
  for (const record of latest.values()) {
    const current = byId.get(record.id);
    if (current && lastChangeOf(record) <= lastChangeOf(current)) continue;
    if (!current) added += 1;
    changed.push(record);
  }
  const updated = changed.length - added;
  return { changed, added, updated, unchanged: latest.size - changed.length };
}

/** Imported assessments into the saved ones: for the same id, the one saved later wins. */
export function mergeAssessments(
  existing: readonly Assessment[],
  incoming: readonly Assessment[],
): MergeCounts<Assessment> {
  return mergeById(existing, incoming, (a) => a.savedAt ?? a.endedAt ?? a.startedAt);
}

/** Imported practice Submits: a Submit never changes, so only unknown ids are added. */
export function mergeSubmissions(
  existing: readonly Submission[],
  incoming: readonly Submission[],
): MergeCounts<Submission> {
  return mergeById(existing, incoming, () => 0);
}
