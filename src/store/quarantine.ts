import type { KeyValueStore } from './buffered-storage';

/** Where unreadable saved data is kept, so a bad record is never silently lost. */
export const QUARANTINE_KEY = 'mockround-quarantine';

export interface QuarantineEntry {
  /** The key the data was read from. */
  key: string;
  /** Why it could not be used. */
  reason: string;
  savedAt: string;
  /** The stored value exactly as it was found. */
  raw: unknown;
}

/**
 * Copies the value under `key` into the quarantine list (appending, so an
 * earlier quarantined record is kept too). Throws if storage fails, and then the
 * caller must not overwrite `key`.
 */
export async function quarantine(kv: KeyValueStore, key: string, reason: string): Promise<void> {
  const raw = await kv.get(key);
  const existing = await kv.get(QUARANTINE_KEY);
  const entries: unknown[] = Array.isArray(existing)
    ? existing
    : existing === undefined
      ? []
      : [existing];
  const entry: QuarantineEntry = { key, reason, savedAt: new Date().toISOString(), raw };
  await kv.set(QUARANTINE_KEY, [...entries, entry]);
}
