import type { ProblemSummary } from '../../domain/problem/problem.schema';

const normalize = (text: string) => text.toLowerCase().replace(/[-_]+/g, ' ').trim();

/** Every word of the query in the title or a tag, and the difficulty when one is chosen. */
export function matchesPickerQuery(
  problem: Pick<ProblemSummary, 'title' | 'tags' | 'difficulty'>,
  query: string,
  difficulty: string,
): boolean {
  if (difficulty && problem.difficulty !== difficulty) return false;
  const haystack = normalize([problem.title, ...problem.tags].join(' '));
  return normalize(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
