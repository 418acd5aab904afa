import { createElement, useEffect, useState, type ComponentType, type ReactNode } from 'react';

/**
 * A component from a chunk that is already being fetched (`load` started at module load): it
 * renders `fallback` until the chunk is in, then the component, without React.lazy. A lazy
 * component suspends on its first render even when its chunk has arrived, and React holds
 * the reveal of a suspended boundary for ~300 ms: charts showed that long after their page.
 * A chunk that fails to load throws on the next render, for the nearest error boundary.
 */
export function preloadedComponent<P extends object>(
  load: Promise<ComponentType<P>>,
  fallback: ReactNode = null,
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let failure: { error: unknown } | null = null;
  const settled = load.then(
    (component) => {
      loaded = component;
    },
    (error: unknown) => {
      failure = { error };
    },
  );

  function Preloaded(props: P) {
    const [, rerender] = useState(0);
    // Decided by what this render showed, not by the state when the effect runs: the chunk
    // may arrive in between, and then the fallback would stay up for good.
    const showsFallback = !loaded && !failure;
    useEffect(() => {
      if (!showsFallback) return;
      let live = true;
      void settled.then(() => live && rerender((n) => n + 1));
      return () => {
        live = false;
      };
    }, [showsFallback]);
    if (failure) throw failure.error;
    return loaded ? createElement(loaded, props) : fallback;
  }
  return Preloaded;
}
