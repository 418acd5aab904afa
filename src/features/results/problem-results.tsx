import { useIsRunning, useReport } from '../../store/selectors';
import { ResultsPanel } from './results-panel';

/** The results panel bound to the store's latest report for `slug`. */
export function ProblemResults({ slug }: { slug: string }) {
  const report = useReport(slug);
  const running = useIsRunning(slug);
  return <ResultsPanel report={report} running={running} />;
}
