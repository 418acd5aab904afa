import { useEffect, useState } from 'react';
import { loadProblem } from '../../content/problem-bank';
import type { Problem } from '../../domain/problem/problem.schema';

/** The problem of a slug, fetched from its own chunk; null while loading or when unknown. */
export function useProblem(slug: string | null): Problem | null {
  const [loaded, setLoaded] = useState<Problem | null>(null);
  useEffect(() => {
    if (!slug) return;
    let live = true;
    void loadProblem(slug).then((problem) => live && setLoaded(problem ?? null));
    return () => {
      live = false;
    };
  }, [slug]);
  return loaded?.slug === slug ? loaded : null;
}
