/**
 * This tab's id at the relay (kept in session storage for the tab's life): a tab that reconnects
 * or reloads replaces its own stale connection instead of being refused as a third client.
 */
export function pairTabId(): string {
  const stored = sessionStorage.getItem('mockround-pair-peer');
  if (stored) return stored;
  const id = crypto.randomUUID();
  sessionStorage.setItem('mockround-pair-peer', id);
  return id;
}
