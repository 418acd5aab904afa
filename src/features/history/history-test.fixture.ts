// Test data for the History tests: a two-problem bank, mocked in place of src/content/problem-bank.
import type { Problem, ProblemSummary } from '../../domain/problem/problem.schema';

export const SUMMARIES: ProblemSummary[] = [
  {
    slug: 'two-sum',
    title: 'Two Sum',
    difficulty: 'easy',
    tags: ['arrays-hashing'],
    timeLimitMinutes: 20,
  },
  {
    slug: 'valid-parens',
    title: 'Valid Parentheses',
    difficulty: 'easy',
    tags: ['stack'],
    timeLimitMinutes: 20,
  },
];

/** The mocked module: summaries, tags and a loader that gives Two Sum's reference solution. */
export function problemBankMock() {
  const bySlug = new Map(SUMMARIES.map((s) => [s.slug, s]));
  return {
    problemSummaries: SUMMARIES,
    allTags: ['arrays-hashing', 'stack'],
    getSummary: (slug: string) => bySlug.get(slug),
    loadProblem: (slug: string) =>
      Promise.resolve(
        slug === 'two-sum'
          ? ({
              title: 'Two Sum',
              solution: 'function twoSum(nums, target) {\n  const seen = new Map();\n}\n',
              python: { solution: 'def two_sum(nums, target):\n    seen = {}\n' },
              complexity: { time: 'O(n)', space: 'O(n)', timeReason: '', spaceReason: '' },
              entry: {
                kind: 'function',
                name: 'twoSum',
                params: [
                  { name: 'nums', type: 'number[]', shape: 'json' },
                  { name: 'target', type: 'number', shape: 'json' },
                ],
                returns: { type: 'number[]', shape: 'json' },
              },
            } as unknown as Problem)
          : undefined,
      ),
  };
}
