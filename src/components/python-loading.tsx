import { useEffect, useState } from 'react';

// The runner client is loaded after the page's first paint (see use-run.ts), not with it.
const runner = () =>
  import('../runner/client/runner-client').then(({ getRunnerClient }) => getRunnerClient());

/**
 * Starts loading Python's runtime now (Python was picked). Resolves once it is ready, or has
 * failed to load (the first Run then says why); never rejects.
 */
export function preparePython(): Promise<void> {
  if (typeof Worker === 'undefined') return Promise.resolve();
  return runner().then(
    (client) => client.preparePython(),
    () => undefined,
  );
}

/** Whether the first Python runtime is loading now; mounting it starts the load. */
export function usePythonLoading(): boolean {
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    if (typeof Worker === 'undefined') return;
    let unsubscribe: (() => void) | null = null;
    let gone = false;
    void runner().then(
      (client) => {
        if (gone) return;
        unsubscribe = client.onPythonLoading(setLoading);
        void client.preparePython();
      },
      () => undefined,
    );
    return () => {
      gone = true;
      unsubscribe?.();
    };
  }, []);
  return loading;
}

/**
 * "Loading Python…" while the first Python runtime loads (Pyodide: a few MB of WebAssembly and
 * the standard library, from the app's own files). Announced politely; gone once Python is ready.
 * `note` says what the wait means where it matters (a round's clock).
 */
export function PythonLoading({
  note = 'once per visit; later runs start at once',
}: {
  note?: string;
}) {
  const loading = usePythonLoading();
  return (
    <div role="status" aria-live="polite" className="python-loading">
      {loading && (
        <p className="toolbar-note">
          <span className="spinner" aria-hidden="true" /> Loading Python… ({note})
        </p>
      )}
    </div>
  );
}
