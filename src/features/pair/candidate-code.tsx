import type { CodeSelection } from '../../domain/pair/pair-doc.schema';

interface CandidateCodeProps {
  code: string;
  /** Where the candidate's cursor is and what they selected (null: not known here). */
  selection: CodeSelection | null;
}

/**
 * The candidate's code, read only, with their selection highlighted and a caret where they type.
 * Offsets past the end (the code and the cursor travel separately) are clamped.
 */
export function CandidateCode({ code, selection }: CandidateCodeProps) {
  const clamp = (n: number) => Math.min(Math.max(n, 0), code.length);
  const head = selection ? clamp(selection.head) : null;
  const anchor = selection ? clamp(selection.anchor) : null;
  const from = head === null || anchor === null ? 0 : Math.min(head, anchor);
  const to = head === null || anchor === null ? 0 : Math.max(head, anchor);
  const caret = <span className="pair-caret" aria-hidden="true" data-testid="candidate-caret" />;
  return (
    // Focusable, so keyboard users can scroll a long program.
    <pre className="pair-code" tabIndex={0} aria-label="Candidate’s code, read only">
      <code>
        {head === null ? (
          code
        ) : (
          <>
            {code.slice(0, from)}
            {head === from && caret}
            {to > from && <mark className="pair-selection">{code.slice(from, to)}</mark>}
            {head === to && to > from && caret}
            {code.slice(to)}
          </>
        )}
      </code>
    </pre>
  );
}
