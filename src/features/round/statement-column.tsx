import type { ReactNode } from 'react';

/**
 * The problem statement beside the work. It scrolls on its own and has no controls, so it is
 * focusable: keyboard users can scroll it too.
 */
export function StatementColumn({ children }: { children: ReactNode }) {
  return (
    <div className="round-statement" role="region" aria-label="Problem statement" tabIndex={0}>
      {children}
    </div>
  );
}
