import { useEffect } from 'react';

/**
 * A new phase starts at the top of the page: on narrow screens the page scrolls as a whole, and
 * the button that ended the last phase (Start coding, I'm done) may sit far below the new content.
 */
export function useScrollTopOnPhase(phase: string | undefined): void {
  useEffect(() => {
    if (phase && typeof window.scrollTo === 'function' && window.scrollY > 0) window.scrollTo(0, 0);
  }, [phase]);
}
