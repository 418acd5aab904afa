/**
 * A unique enough id for rounds and notes. crypto.randomUUID exists only in secure contexts
 * (https or localhost), so a page served over plain http on a LAN address falls back.
 */
export function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
