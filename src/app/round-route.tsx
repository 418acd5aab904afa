import { CodeEditor } from '../features/editor/code-editor';
import { CustomCasesPanel } from '../features/problem/custom-cases-panel';
import { ProblemStatement } from '../features/problem/problem-statement';
import { ResultsPanel } from '../features/results/results-panel';
import { GrowthPanel } from '../features/growth/growth-panel';
import { InterviewerView } from '../features/pair/interviewer-view';
import { NoActiveRound } from '../features/round/no-active-round';
import { RoundPage } from '../features/round/round-page';
import { useActiveRoundSlug } from '../features/round/use-round-store';
import { useHydrated } from '../store/selectors';
import { NotFoundPage } from './not-found-page';
import { useLoadedProblem } from './use-loaded-problem';
import '../styles/round.css';
import '../styles/round-panels.css';
import '../styles/round-phases.css';

/**
 * `/round`: the active round, composed from the round feature with the statement, editor and
 * results of their own features. Waits for the saved state so a reload lands back in the round.
 */
export function RoundRoute() {
  const hydrated = useHydrated();
  const slug = useActiveRoundSlug();
  const loaded = useLoadedProblem(slug ?? '');
  if (!hydrated || (slug !== null && loaded.status === 'loading')) {
    return <RoundLoading />;
  }
  if (slug === null) return <NoActiveRound />;
  if (loaded.status !== 'ready') {
    return (
      <NotFoundPage
        message={`The active round is on “${slug}”, which is no longer in the problem bank. Start a round on another problem to abandon it.`}
      />
    );
  }
  const { problem } = loaded;
  return (
    <RoundPage
      key={problem.slug}
      problem={problem}
      statement={<ProblemStatement problem={problem} />}
      renderEditor={(props) => <CodeEditor {...props} />}
      renderResults={(report, running) => <ResultsPanel report={report} running={running} />}
      renderGrowth={(props) => <GrowthPanel {...props} />}
      renderCustomCases={(props) => <CustomCasesPanel {...props} />}
      renderInterviewer={(props) => <InterviewerView {...props} />}
    />
  );
}

function RoundLoading() {
  return (
    <p className="page-loading" role="status">
      Loading the round…
    </p>
  );
}
