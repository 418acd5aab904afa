import { useState } from 'react';
import type { Problem } from '../../domain/problem/problem.schema';
import { useHydrated } from '../../store/selectors';
import { StartRoundDialog } from './start-round-dialog';

/** The problem page's "Start round": opens the dialog once saved state is known (one round at a time). */
export function StartRoundButton({
  problem,
}: {
  problem: Pick<Problem, 'slug' | 'title' | 'timeLimitMinutes' | 'starter'>;
}) {
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button-primary button-small"
        aria-haspopup="dialog"
        disabled={!hydrated}
        onClick={() => setOpen(true)}
      >
        Start round
      </button>
      {open && <StartRoundDialog problem={problem} onClose={() => setOpen(false)} />}
    </>
  );
}
