import { useEffect, useState } from 'react';
import { loadProblem, loadProblemPage } from '../content/problem-bank';
import type { ProblemPage } from '../domain/problem/problem-parts';
import type { Problem } from '../domain/problem/problem.schema';

export type Loaded<T> =
  { status: 'loading' } | { status: 'missing' } | { status: 'ready'; problem: T };
export type LoadedProblem = Loaded<Problem>;

function useLoaded<T>(slug: string, load: (slug: string) => Promise<T | undefined>): Loaded<T> {
  const [state, setState] = useState<{ slug: string; loaded: Loaded<T> }>({
    slug,
    loaded: { status: 'loading' },
  });
  useEffect(() => {
    let live = true;
    void load(slug).then((problem) => {
      if (live)
        setState({ slug, loaded: problem ? { status: 'ready', problem } : { status: 'missing' } });
    });
    return () => {
      live = false;
    };
  }, [slug, load]);
  // A result for another slug (just navigated) counts as still loading.
  return state.slug === slug ? state.loaded : { status: 'loading' };
}

/** The full problem for a slug (hidden tests and reference included), cached by the bank. */
export function useLoadedProblem(slug: string): LoadedProblem {
  return useLoaded(slug, loadProblem);
}

/** Only what the problem page opens with: the rest is fetched when Submit needs it. */
export function useLoadedProblemPage(slug: string): Loaded<ProblemPage> {
  return useLoaded(slug, loadProblemPage);
}
