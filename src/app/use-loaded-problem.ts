import { useEffect, useState } from 'react';
import { loadProblem } from '../content/problem-bank';
import type { Problem } from '../domain/problem/problem.schema';

export type LoadedProblem =
  { status: 'loading' } | { status: 'missing' } | { status: 'ready'; problem: Problem };

/** The full problem for a slug, fetched from its own chunk (cached by the bank). */
export function useLoadedProblem(slug: string): LoadedProblem {
  const [state, setState] = useState<{ slug: string; loaded: LoadedProblem }>({
    slug,
    loaded: { status: 'loading' },
  });
  useEffect(() => {
    let live = true;
    void loadProblem(slug).then((problem) => {
      if (live)
        setState({ slug, loaded: problem ? { status: 'ready', problem } : { status: 'missing' } });
    });
    return () => {
      live = false;
    };
  }, [slug]);
  // A result for another slug (just navigated) counts as still loading.
  return state.slug === slug ? state.loaded : { status: 'loading' };
}
