import type { ReactNode } from 'react';
import { DifficultyBadge } from '../../components/difficulty-badge';
import { RenderedMarkdown } from '../../components/rendered-markdown';
import { TagList } from '../../components/tag-list';
import type { ProblemPage } from '../../domain/problem/problem-parts';
import { useSettings } from '../../store/selectors';
import { entrySignature, usesStructures } from './entry-signature';

/**
 * Left column: title, metadata (and any `actions`), the Markdown statement and the entry signature.
 */
export function ProblemStatement({
  problem,
  actions,
}: {
  problem: ProblemPage;
  actions?: ReactNode;
}) {
  const structures = usesStructures(problem.entry);
  // Settings: practise without the hint a difficulty or a pattern tag gives.
  const { hideDifficultyAndTags: hide } = useSettings();
  return (
    <article className="statement" aria-labelledby="problem-title">
      <header className="statement-head">
        <h1 id="problem-title">{problem.title}</h1>
        <div className="statement-meta">
          {!hide && <DifficultyBadge difficulty={problem.difficulty} />}
          <span className="time-limit">Suggested time: {problem.timeLimitMinutes} min</span>
          {actions}
        </div>
        {!hide && <TagList tags={problem.tags} />}
      </header>
      <RenderedMarkdown html={problem.html.statement} />
      <section className="signature" aria-labelledby="signature-heading">
        <h2 id="signature-heading">Signature</h2>
        <pre>
          <code>{entrySignature(problem.entry)}</code>
        </pre>
        {(structures.list || structures.tree) && (
          <p className="signature-note">
            {structures.list && <code>ListNode</code>}
            {structures.list && structures.tree && ' and '}
            {structures.tree && <code>TreeNode</code>}{' '}
            {structures.list && structures.tree ? 'are' : 'is'} already defined: do not declare{' '}
            {structures.list && structures.tree ? 'them' : 'it'} yourself.
          </p>
        )}
      </section>
    </article>
  );
}
