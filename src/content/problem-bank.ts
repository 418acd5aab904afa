import { complexities, loaders, summaries } from 'virtual:problems';
import type { Problem, ProblemSummary } from '../domain/problem/problem.schema';

/** Every problem's list entry (validated at build time), sorted by difficulty then title. */
export const problemSummaries: readonly ProblemSummary[] = summaries;

const bySlug = new Map(problemSummaries.map((summary) => [summary.slug, summary]));

/** The list entry for this slug, or undefined (e.g. an old link to a removed problem). */
export function getSummary(slug: string): ProblemSummary | undefined {
  return bySlug.get(slug);
}

/** The problem's reference time and space complexity, without loading the problem. */
export function getReferenceComplexity(slug: string): { time: string; space: string } | undefined {
  return Object.hasOwn(complexities, slug) ? complexities[slug] : undefined;
}

/** Every tag used by some problem, sorted and unique (for the bank's filter). */
export const allTags: readonly string[] = [
  ...new Set(problemSummaries.flatMap((p) => p.tags)),
].sort();

const loaded = new Map<string, Promise<Problem | undefined>>();

/**
 * The full problem (statement, tests, reference solution), fetched from its own
 * chunk the first time and cached; undefined for an unknown slug. The same
 * promise is returned on every call, as React's `use()` needs.
 */
export function loadProblem(slug: string): Promise<Problem | undefined> {
  let promise = loaded.get(slug);
  if (!promise) {
    // Own keys only: `/problems/constructor` must not find Object.prototype.constructor.
    const loader = Object.hasOwn(loaders, slug) ? loaders[slug] : undefined;
    promise = loader ? loader().then((module) => module.default) : Promise.resolve(undefined);
    loaded.set(slug, promise);
  }
  return promise;
}
