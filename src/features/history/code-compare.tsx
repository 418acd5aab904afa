import { lazy, Suspense, useId, useMemo } from 'react';
import type { Language } from '../../runner/protocol';
import { diffLines, type DiffLine } from './line-diff';

// Monaco is several MB: the diff editor loads after the page's text, which shows meanwhile.
const MonacoCodeDiff = lazy(() => import('./monaco-code-diff'));

function CodeColumn({ caption, lines }: { caption: string; lines: DiffLine[] }) {
  const id = useId();
  return (
    <figure>
      <figcaption id={id}>{caption}</figcaption>
      <pre aria-labelledby={id} tabIndex={0}>
        <code>
          {lines.map((line, i) => (
            <span key={i} className={line.changed ? 'diff-line diff-changed' : 'diff-line'}>
              {line.changed && <span className="visually-hidden">(differs) </span>}
              {line.text}
              {'\n'}
            </span>
          ))}
        </code>
      </pre>
    </figure>
  );
}

/** Both sides as plain text, the lines that differ marked (also read out as "(differs)"). */
function PlainColumns({
  diff,
  language,
}: {
  diff: ReturnType<typeof diffLines>;
  language: Language;
}) {
  return (
    <div className="code-compare">
      <CodeColumn caption={`Your final code (${language})`} lines={diff.mine} />
      <CodeColumn caption="Reference solution" lines={diff.theirs} />
    </div>
  );
}

/**
 * The final code against the reference solution: a summary of the differing lines, then
 * Monaco's read-only diff editor (highlighted, side by side or inline on narrow screens). The
 * plain text shows while Monaco loads and stays available, folded, as a text alternative.
 */
export function CodeCompare({
  code,
  language,
  reference,
  scope,
}: {
  code: string;
  language: Language;
  /** The reference solution in the record's language (JavaScript when the bank has none in it). */
  reference: { code: string; language: Language } | undefined;
  /** The round's id: keeps the diff's Monaco models apart. */
  scope: string;
}) {
  const diff = useMemo(() => diffLines(code, reference?.code ?? ''), [code, reference]);
  const captionId = useId();
  if (reference === undefined) {
    return (
      <>
        <p>This problem is no longer in the bank, so there is no reference solution to compare.</p>
        <div className="code-compare">
          <CodeColumn
            caption={`Your final code (${language})`}
            lines={diff.mine.map((l) => ({ ...l, changed: false }))}
          />
        </div>
      </>
    );
  }
  const differing = diff.mine.filter((l) => l.changed).length;
  return (
    <>
      <p className="muted" role="note">
        {differing === 0
          ? 'Every line of your code also appears in the reference solution.'
          : `${differing} of your lines differ from the reference solution (marked).`}
      </p>
      <figure className="code-diff" aria-labelledby={captionId}>
        <figcaption id={captionId}>
          Your final code ({language}, left or above) against the reference solution (right or
          below). Inside the diff, F7 goes to the next difference; Escape then Tab leaves it.
        </figcaption>
        {/* One copy of the plain text at a time: in place of the diff, then folded under it. */}
        <Suspense fallback={<PlainColumns diff={diff} language={language} />}>
          <MonacoCodeDiff
            code={code}
            language={language}
            reference={reference.code}
            referenceLanguage={reference.language}
            scope={scope}
          />
          <details className="code-plain">
            <summary>Both as plain text, differing lines marked</summary>
            <PlainColumns diff={diff} language={language} />
          </details>
        </Suspense>
      </figure>
    </>
  );
}
