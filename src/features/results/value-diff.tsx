import { useMemo } from 'react';
import { diffTokens, showWhitespace } from '../../lib/token-diff';
import type { DiffPart } from '../../lib/token-diff';

function DiffText({ parts, mark }: { parts: DiffPart[]; mark: 'missing' | 'extra' }) {
  return parts.map((part, i) =>
    part.kind === 'same' ? (
      <span key={i}>{showWhitespace(part.text)}</span>
    ) : (
      <mark key={i} className={`diff-${mark}`}>
        {showWhitespace(part.text)}
      </mark>
    ),
  );
}

interface ValueDiffProps {
  expected: string;
  actual: string;
}

/**
 * Expected and actual side by side with whitespace made visible (· space, → tab, ⏎ newline);
 * values that differ (whole numbers, words and strings) are highlighted on each side.
 */
export function ValueDiff({ expected, actual }: ValueDiffProps) {
  const diff = useMemo(() => diffTokens(expected, actual), [expected, actual]);
  const same = expected === actual;
  return (
    <div className="value-diff">
      <div>
        <div className="field-label">Expected</div>
        <pre className="value" data-testid="expected">
          <DiffText parts={diff.expected} mark="missing" />
        </pre>
      </div>
      <div>
        <div className="field-label">
          Actual{!same && <span className="visually-hidden"> (differences highlighted)</span>}
        </div>
        <pre className="value" data-testid="actual">
          <DiffText parts={diff.actual} mark="extra" />
        </pre>
      </div>
    </div>
  );
}
