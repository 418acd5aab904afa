import { loaders, summaries } from 'virtual:problems';
import { joinProblem, type ProblemPage, type ProblemRest } from '../domain/problem/problem-parts';
import type { Problem, ProblemSummary } from '../domain/problem/problem.schema';

/** Every problem's list entry (validated at build time), sorted by difficulty then title. */
export const problemSummaries: readonly ProblemSummary[] = summaries;

const bySlug = new Map(problemSummaries.map((summary) => [summary.slug, summary]));

/** The list entry for this slug, or undefined (e.g. an old link to a removed problem). */
export function getSummary(slug: string): ProblemSummary | undefined {
  return bySlug.get(slug);
}

/** Every tag used by some problem, sorted and unique (for the bank's filter). */
export const allTags: readonly string[] = [
  ...new Set(problemSummaries.flatMap((p) => p.tags)),
].sort();

/** One promise per slug and part, so every caller (and React's `use()`) shares it. */
function cached<T>(
  cache: Map<string, Promise<T | undefined>>,
  table: Record<string, () => Promise<{ default: T }>>,
  slug: string,
): Promise<T | undefined> {
  let promise = cache.get(slug);
  if (!promise) {
    // Own keys only: `/problems/constructor` must not find Object.prototype.constructor.
    const loader = Object.hasOwn(table, slug) ? table[slug] : undefined;
    promise = loader ? loader().then((module) => module.default) : Promise.resolve(undefined);
    cache.set(slug, promise);
  }
  return promise;
}

const pages = new Map<string, Promise<ProblemPage | undefined>>();
const rests = new Map<string, Promise<ProblemRest | undefined>>();
const full = new Map<string, Promise<Problem | undefined>>();

/**
 * What a problem page opens with (statement, starter, visible tests), from its own small
 * chunk; undefined for an unknown slug.
 */
export function loadProblemPage(slug: string): Promise<ProblemPage | undefined> {
  return cached(pages, loaders, slug);
}

/**
 * The full problem (hidden tests, reference solution and generator too): the page's chunk
 * and the rest's, fetched the first time and cached; undefined for an unknown slug. The
 * same promise is returned on every call, as React's `use()` needs.
 */
export function loadProblem(slug: string): Promise<Problem | undefined> {
  let promise = full.get(slug);
  if (!promise) {
    // The rest loaders are a module of their own: the problem page loads without them.
    const restPart = import('virtual:problem-rest-loaders').then(({ restLoaders }) =>
      cached(rests, restLoaders, slug),
    );
    promise = Promise.all([loadProblemPage(slug), restPart]).then(([page, rest]) =>
      page && rest ? joinProblem(page, rest) : undefined,
    );
    full.set(slug, promise);
  }
  return promise;
}
