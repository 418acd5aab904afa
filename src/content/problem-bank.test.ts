import { describe, expect, it, vi } from 'vitest';
import { parseProblem } from '../domain/problem/parse-problem';
import { splitProblem } from '../domain/problem/problem-parts';
import { problemFixtureFiles } from './problem.fixture';

const addTwo = parseProblem(
  'problems/add-two',
  problemFixtureFiles({
    slug: 'add-two',
    title: 'Add Two',
    tags: ['arrays-hashing', 'javascript'],
  }),
);
const sumTree = parseProblem(
  'problems/sum-tree',
  problemFixtureFiles({
    slug: 'sum-tree',
    title: 'Sum Tree',
    difficulty: 'medium',
    tags: ['trees', 'arrays-hashing'],
  }),
);
const load = vi.fn(async (p: unknown) => ({ default: p }));
const loadRest = vi.fn(async (p: unknown) => ({ default: p }));

// The bank is read through the build-time virtual module; stand in a known, parsed pack.
vi.mock('virtual:problems', () => ({
  summaries: [addTwo, sumTree].map(({ slug, title, difficulty, tags, timeLimitMinutes }) => ({
    slug,
    title,
    difficulty,
    tags,
    timeLimitMinutes,
  })),
  loaders: {
    'add-two': () => load(splitProblem(addTwo).page),
    'sum-tree': () => load(splitProblem(sumTree).page),
  },
}));
vi.mock('virtual:problem-rest-loaders', () => ({
  restLoaders: {
    'add-two': () => loadRest(splitProblem(addTwo).rest),
    'sum-tree': () => loadRest(splitProblem(sumTree).rest),
  },
}));

const { allTags, getSummary, loadProblem, loadProblemPage, problemSummaries } =
  await import('./problem-bank');

describe('problem-bank', () => {
  it('exposes the summaries in order', () => {
    expect(problemSummaries.map((p) => p.slug)).toEqual(['add-two', 'sum-tree']);
    expect(getSummary('sum-tree')?.title).toBe('Sum Tree');
    expect(getSummary('nope')).toBeUndefined();
  });

  it('loads a problem page without its hidden tests or reference', async () => {
    const page = await loadProblemPage('add-two');
    expect(page?.title).toBe('Add Two');
    expect(page).not.toHaveProperty('solution');
    expect(loadRest).not.toHaveBeenCalled();
    expect(await loadProblemPage('toString')).toBeUndefined();
  });

  it('loads a full problem once (page and rest) and caches the promise', async () => {
    const first = loadProblem('sum-tree');
    expect(loadProblem('sum-tree')).toBe(first);
    expect((await first)?.starter.js).toContain('function addTwo');
    expect(await first).toEqual(sumTree);
    expect(loadRest).toHaveBeenCalledTimes(1);
    expect(await loadProblem('no-such-problem')).toBeUndefined();
  });

  it('treats every Object.prototype name as an unknown slug', async () => {
    for (const slug of Object.getOwnPropertyNames(Object.prototype)) {
      expect(getSummary(slug)).toBeUndefined();
      expect(await loadProblem(slug)).toBeUndefined();
    }
  });

  it('lists every tag once, sorted', () => {
    expect(allTags).toEqual(['arrays-hashing', 'javascript', 'trees']);
  });
});
