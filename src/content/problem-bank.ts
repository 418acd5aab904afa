import bank from 'virtual:problems';
import type { Problem } from '../domain/problem/problem.schema';

/** Every problem, validated at build time, sorted by difficulty then title. */
export const problems: readonly Problem[] = bank;

const bySlug = new Map(problems.map((problem) => [problem.slug, problem]));

/** The problem with this slug, or undefined (e.g. an old link to a removed problem). */
export function getProblem(slug: string): Problem | undefined {
  return bySlug.get(slug);
}

/** Every tag used by some problem, sorted and unique (for the bank's filter). */
export const allTags: readonly string[] = [...new Set(problems.flatMap((problem) => problem.tags))].sort();
