import { lazy, Suspense, useState } from 'react';
import type { Problem } from '../../domain/problem/problem.schema';
import { useHydrated } from '../../store/selectors';

// The dialog (its form and the round machine it starts) loads when it is opened, not with the
// problem page: the page's first load stays light (issue 16).
const StartRoundDialog = lazy(async () => ({
  default: (await import('./start-round-dialog')).StartRoundDialog,
}));

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
      {open && (
        <Suspense fallback={null}>
          <StartRoundDialog problem={problem} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
