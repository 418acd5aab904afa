import { useEffect } from 'react';
import { problemScope, runResults } from '../../store/run-results';
import { readReport, useRunActions } from '../../store/selectors';

/** After a reload, shows the problem's last Run or Submit again (unless one ran meanwhile). */
export function useRestoreReport(slug: string): void {
  const { setReport, reportStorageProblem } = useRunActions();
  useEffect(() => {
    if (readReport(slug)) return;
    let live = true;
    // Through then(): opening IndexedDB throws at once where there is none.
    void Promise.resolve()
      .then(() => runResults().load(problemScope(slug)))
      .then((loaded) => {
        if (!live || readReport(slug)) return;
        if (!loaded.ok) reportStorageProblem(loaded.reason);
        else if (loaded.report) setReport(slug, loaded.report);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [slug, setReport, reportStorageProblem]);
}
