/**
 * A problem's Markdown, already rendered to HTML (and sanitised: raw HTML encoded, script and
 * data links dropped) when the problem was parsed at build time; see domain/problem/problem-html.
 */
export function RenderedMarkdown({ html }: { html: string }) {
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}
