import { micromark } from 'micromark';
import { useMemo } from 'react';

/**
 * Markdown from a problem file (statement, explanation) as HTML. Problem packs can be shared,
 * so their text is hostile: micromark's defaults encode raw HTML instead of passing it through
 * and drop links with dangerous protocols (javascript:, data: …), so the text cannot inject
 * markup or script. CommonMark only, as the authoring guide says.
 */
export function MarkdownText({ source }: { source: string }) {
  const html = useMemo(() => micromark(source), [source]);
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}
