import { parseProblem, type ProblemFiles } from '../../../src/domain/problem/parse-problem';

/**
 * A small problem for the mutate tool's tests. Its tests never hold a zero, so the mutant
 * `n >= 0` of `n > 0` survives them; every other mutant of the reference is killed.
 */
export const FIXTURE_FILES: ProblemFiles = {
  'problem.md': `---
slug: count-positives
title: Count Positives
difficulty: easy
tags: [arrays-hashing]
timeLimitMinutes: 10
entry:
  name: countPositives
  params:
    - { name: nums, type: "number[]" }
  returns: { type: number }
complexity:
  time: O(n)
  timeReason: one pass over the numbers
  space: O(1)
  spaceReason: a single counter is kept
hints: [Look at each number once., Count those above zero.]
interviewer:
  clarifications: [{ q: Is zero positive?, a: No. }]
  followUps: [What about a stream?]
  rubric: [One pass.]
explanation: Walk the numbers once and count those greater than zero.
---
Return how many numbers of \`nums\` are greater than zero.
`,
  'starter.js': 'function countPositives(nums) {\n  return -1;\n}\n',
  'starter.ts': 'function countPositives(nums: number[]): number {\n  return -1;\n}\n',
  'solution.js': [
    'function countPositives(nums) {',
    '  let count = 0;',
    '  for (const n of nums) if (n > 0) count += 1;',
    '  return count;',
    '}',
    '',
  ].join('\n'),
  'wrong/counts-all.js':
    '// counts every number\nfunction countPositives(nums) {\n  return nums.length;\n}\n',
  'generator.js':
    'function generate(n) {\n  return [Array.from({ length: n }, (_, i) => i - 5)];\n}\n',
  'tests.json': JSON.stringify({
    cases: [
      { name: 'mixed', args: [[1, -2, 3]], expected: 2, hidden: false },
      { name: 'empty', args: [[]], expected: 0, hidden: false },
      { name: 'negatives', args: [[-1, -7]], expected: 0, hidden: true },
    ],
  }),
};

/** The fixture's one surviving mutant, as mutants.json names it. */
export const FIXTURE_SURVIVOR = {
  at: '3:29-3:34',
  mutator: 'EqualityOperator',
  replacement: 'n >= 0',
};

export const fixtureProblem = (files: ProblemFiles = FIXTURE_FILES) =>
  parseProblem('problems/count-positives', files);

/**
 * The fixture with Python files too. Its solution.py has the same gap: the mutant `n >= 0`
 * of `n > 0` survives, every other Python mutant is killed.
 */
export const PY_FIXTURE_FILES: ProblemFiles = {
  ...FIXTURE_FILES,
  'starter.py': 'def count_positives(nums):\n    return -1\n',
  'solution.py': [
    'def count_positives(nums):',
    '    count = 0',
    '    for n in nums:',
    '        if n > 0:',
    '            count += 1',
    '    return count',
    '',
  ].join('\n'),
  'wrong/counts-all.py':
    '# counts every number\ndef count_positives(nums):\n    return len(nums)\n',
};

/** The Python fixture's one surviving mutant, as mutants.json names it. */
export const PY_FIXTURE_SURVIVOR = {
  at: '4:12-4:17',
  mutator: 'EqualityOperator',
  replacement: 'n >= 0',
};
