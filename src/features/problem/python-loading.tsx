import { useEffect, useState } from 'react';

/**
 * "Loading Python…" while the first Python runtime loads (Pyodide: a few MB of WebAssembly and
 * the standard library, from the app's own files). Announced politely; gone once Python is ready.
 */
export function PythonLoading() {
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    if (typeof Worker === 'undefined') return;
    let unsubscribe: (() => void) | null = null;
    let gone = false;
    // The runner client is loaded after the page's first paint (see use-run.ts), not with it.
    void import('../../runner/client/runner-client').then(({ getRunnerClient }) => {
      if (gone) return;
      const client = getRunnerClient();
      unsubscribe = client.onPythonLoading(setLoading);
      // Python was picked: load its runtime now rather than on the first Run.
      client.preparePython();
    });
    return () => {
      gone = true;
      unsubscribe?.();
    };
  }, []);
  return (
    <div role="status" aria-live="polite" className="python-loading">
      {loading && (
        <p className="toolbar-note">
          <span className="spinner" aria-hidden="true" /> Loading Python… (once per visit; later
          runs start at once)
        </p>
      )}
    </div>
  );
}
