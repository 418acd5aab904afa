import { RenderedMarkdown } from '../../components/rendered-markdown';
import { LANGUAGE_LABEL, referenceFor, type CodeLanguage } from '../../domain/problem/languages';
import type { Problem } from '../../domain/problem/problem.schema';

/**
 * The reference solution (in the round's language where the problem has one: solution.py for
 * Python) as a read-only code block, with its explanation and what interviewers check.
 */
export function ReferenceSolution({
  problem,
  language = 'js',
}: {
  problem: Pick<Problem, 'solution' | 'python' | 'html' | 'interviewer'>;
  language?: CodeLanguage;
}) {
  const reference = referenceFor(problem, language);
  return (
    <section className="round-card" aria-labelledby="solution-heading">
      <h2 id="solution-heading">Reference solution ({LANGUAGE_LABEL[reference.language]})</h2>
      {/* Focusable so keyboard users can scroll a long solution sideways. */}
      <pre className="solution-code" tabIndex={0} aria-label="Reference solution code">
        <code>{reference.code}</code>
      </pre>
      <RenderedMarkdown html={problem.html.explanation} />
      <details className="round-details">
        <summary>What an interviewer looks for</summary>
        <ul>
          {problem.interviewer.rubric.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <h3>Likely follow-up questions</h3>
        <ul>
          {problem.interviewer.followUps.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
