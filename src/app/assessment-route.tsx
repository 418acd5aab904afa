import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { loadProblem } from '../content/problem-bank';
import type { Problem } from '../domain/problem/problem.schema';
import { AssessmentPage } from '../features/assessment/assessment-page';
import { CodeEditor } from '../features/editor/code-editor';
import { GrowthPanel } from '../features/growth/growth-panel';
import { ProblemStatement } from '../features/problem/problem-statement';
import { ResultsPanel } from '../features/results/results-panel';
import { useAppStore } from '../store/app-store';
import { useHydrated } from '../store/selectors';
import '../styles/round.css';
import '../styles/round-panels.css';
import '../styles/round-phases.css';
import '../styles/assessment.css';

type Loaded = { key: string; problems: Problem[] | null };

/** The active assessment's problems, loaded from their chunks (null while loading or if one is gone). */
function useAssessmentProblems(slugs: string[]): Loaded | null {
  const key = slugs.join(',');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all(key.split(',').map((slug) => loadProblem(slug))).then((all) => {
      if (!live) return;
      const problems = all.filter((p): p is Problem => p !== undefined);
      setLoaded({ key, problems: problems.length === all.length ? problems : null });
    });
    return () => {
      live = false;
    };
  }, [key]);
  return loaded?.key === key ? loaded : null;
}

/** `/assessment`: the active assessment, composed with the statement, editor and results features. */
export function AssessmentRoute() {
  const hydrated = useHydrated();
  const slugs = useAppStore((s) => s.activeAssessment?.problems.map((p) => p.slug).join(',') ?? '');
  const loaded = useAssessmentProblems(slugs ? slugs.split(',') : []);
  if (!hydrated)
    return (
      <p className="page-loading" role="status">
        Loading the assessment…
      </p>
    );
  if (!slugs) {
    return (
      <div className="page">
        <h1>No assessment in progress</h1>
        <p>
          <Link to="/assessment/new">Start an assessment</Link>
        </p>
      </div>
    );
  }
  if (!loaded)
    return (
      <p className="page-loading" role="status">
        Loading the assessment…
      </p>
    );
  if (!loaded.problems) {
    return (
      <div className="page">
        <h1>A problem of this assessment is no longer in the bank</h1>
        <p>
          <Link to="/assessment/new">Start another assessment</Link>
        </p>
      </div>
    );
  }
  return (
    <AssessmentPage
      key={slugs}
      problems={loaded.problems}
      renderStatement={(problem) => <ProblemStatement problem={problem} />}
      renderEditor={(props) => <CodeEditor {...props} />}
      renderResults={(report, running) => <ResultsPanel report={report} running={running} />}
      renderGrowth={(props) => <GrowthPanel {...props} />}
    />
  );
}
