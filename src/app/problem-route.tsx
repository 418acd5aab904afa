import { useParams } from 'react-router';
import { CodeEditor } from '../features/editor/code-editor';
import { ProblemWorkspace } from '../features/problem/problem-workspace';
import { ProblemResults } from '../features/results/problem-results';
import { StartRoundButton } from '../features/round/start-round-button';
import { NotFoundPage } from './not-found-page';
import { useLoadedProblemPage } from './use-loaded-problem';
import '../styles/round.css';
import '../styles/round-panels.css';
import '../styles/round-phases.css';

/** `/problems/:slug`: composes the statement, editor and results features for one problem. */
export function ProblemRoute() {
  const { slug = '' } = useParams();
  const loaded = useLoadedProblemPage(slug);
  if (loaded.status === 'loading') {
    return (
      <p className="page-loading" role="status">
        Loading the problem…
      </p>
    );
  }
  if (loaded.status === 'missing')
    return <NotFoundPage message={`No problem is called “${slug}”.`} />;
  return (
    // Keyed by slug so moving between problems starts from a fresh editor and dialog state.
    <ProblemWorkspace
      key={slug}
      problem={loaded.problem}
      renderEditor={(props) => <CodeEditor {...props} />}
      results={<ProblemResults slug={slug} />}
      actions={<StartRoundButton problem={loaded.problem} />}
    />
  );
}
