import { describe, expect, it, vi } from 'vitest';
import { parseProblem } from '../domain/problem/parse-problem';
import { problemFixtureFiles } from './problem.fixture';

// The bank is read through the build-time virtual module; stand in a known, parsed pack.
vi.mock('virtual:problems', () => ({
  default: [
    parseProblem('problems/add-two', problemFixtureFiles({ slug: 'add-two', title: 'Add Two', tags: ['arrays-hashing', 'javascript'] })),
    parseProblem('problems/sum-tree', problemFixtureFiles({ slug: 'sum-tree', title: 'Sum Tree', difficulty: 'medium', tags: ['trees', 'arrays-hashing'] })),
  ],
}));

const { allTags, getProblem, problems } = await import('./problem-bank');

describe('problem-bank', () => {
  it('exposes the problems from the virtual module in order', () => {
    expect(problems.map((p) => p.slug)).toEqual(['add-two', 'sum-tree']);
  });

  it('finds a problem by slug and returns undefined for an unknown slug', () => {
    expect(getProblem('sum-tree')?.title).toBe('Sum Tree');
    expect(getProblem('sum-tree')?.starter.js).toContain('function addTwo');
    expect(getProblem('no-such-problem')).toBeUndefined();
  });

  it('lists every tag once, sorted', () => {
    expect(allTags).toEqual(['arrays-hashing', 'javascript', 'trees']);
  });
});
