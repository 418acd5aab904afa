import { useMemo } from 'react';
import { diffLines, type DiffLine } from './line-diff';

function CodeColumn({ id, caption, lines }: { id: string; caption: string; lines: DiffLine[] }) {
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

/** The final code beside the reference solution, read-only, with the lines that differ marked. */
export function CodeCompare({
  code,
  language,
  reference,
}: {
  code: string;
  language: string;
  reference: string | undefined;
}) {
  const diff = useMemo(() => diffLines(code, reference ?? ''), [code, reference]);
  const differing = diff.mine.filter((l) => l.changed).length;
  return (
    <>
      {reference !== undefined && (
        <p className="muted">
          {differing === 0
            ? 'Every line of your code also appears in the reference solution.'
            : `${differing} of your lines differ from the reference solution (marked).`}
        </p>
      )}
      <div className="code-compare">
        <CodeColumn
          id="final-code-label"
          caption={`Your final code (${language})`}
          lines={diff.mine}
        />
        {reference === undefined ? (
          <p>
            This problem is no longer in the bank, so there is no reference solution to compare.
          </p>
        ) : (
          <CodeColumn id="reference-code-label" caption="Reference solution" lines={diff.theirs} />
        )}
      </div>
    </>
  );
}
