import { micromark } from 'micromark';

/** A problem's Markdown (statement, explanation) as HTML, rendered when the problem is parsed. */
export interface ProblemHtml {
  statement: string;
  explanation: string;
}

/**
 * Markdown from a problem file as HTML. Problem packs can be shared, so their text is hostile:
 * micromark's defaults encode raw HTML instead of passing it through and drop links with
 * dangerous protocols (javascript:, data: …), so the text cannot inject markup or script.
 * CommonMark only, as the authoring guide says. Runs at build time (the problems Vite plugin
 * parses every problem), so the Markdown parser never ships in the app.
 */
export function markdownToHtml(source: string): string {
  return micromark(source);
}

/** The HTML of a problem's statement and explanation. */
export function problemHtml(problem: { statement: string; explanation: string }): ProblemHtml {
  return {
    statement: markdownToHtml(problem.statement),
    explanation: markdownToHtml(problem.explanation),
  };
}
