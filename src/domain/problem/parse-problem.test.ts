import { describe, expect, it } from 'vitest';
import { parseProblem, ProblemError, TESTS_JSON_MAX_BYTES } from './parse-problem';

const frontMatter = `---
slug: add-two
title: Add Two
difficulty: easy
tags: [arrays-hashing]
timeLimitMinutes: 15
entry:
  name: add
  params: [{ name: a, type: number }, { name: b, type: number }]
  returns: { type: number }
complexity:
  time: O(1)
  timeReason: one addition, whatever the values
  space: O(1)
  spaceReason: no extra memory at all
hints: [Use plus., Return it.]
interviewer:
  clarifications: [{ q: Integers only?, a: Yes. }]
  followUps: [What about overflow?]
  rubric: [Handles negatives]
explanation: Adding two numbers is a single operation in JavaScript.
---
Return the sum of **a** and **b**.
`;

const valid: Record<string, string> = {
  'problem.md': frontMatter,
  'starter.js': 'function add(a, b) {}',
  'starter.ts': 'function add(a: number, b: number): number { return 0; }',
  'solution.js': 'function add(a, b) { return a + b; }',
  'wrong/minus.js': 'function add(a, b) { return a - b; }',
  'generator.js': 'function generate(n) { return [n, n]; }',
  'tests.json': JSON.stringify({ cases: [{ name: 'one', args: [1, 2], expected: 3 }] }),
};

function errorOf(files: Record<string, string>, dir = 'problems/add-two'): ProblemError {
  try {
    parseProblem(dir, files);
  } catch (error) {
    if (error instanceof ProblemError) return error;
    throw error;
  }
  throw new Error('expected a ProblemError');
}

describe('parseProblem', () => {
  it('builds a problem with defaults filled in', () => {
    const problem = parseProblem('problems/add-two', valid);
    expect(problem.entry.kind).toBe('function');
    expect(problem.entry.params[0]?.shape).toBe('json');
    expect(problem.tests.compare).toBe('exact');
    expect(problem.tests.cases[0]?.hidden).toBe(false);
    expect(problem.wrong).toEqual([{ name: 'minus', code: valid['wrong/minus.js'] }]);
    expect(problem.statement).toContain('Return the sum');
  });

  it('names the file, field and reason for bad front matter', () => {
    const bad = {
      ...valid,
      'problem.md': frontMatter.replace('difficulty: easy', 'difficulty: trivial'),
    };
    expect(errorOf(bad).message).toMatch(/^problems\/add-two\/problem\.md: difficulty: /);
    const oneHint = {
      ...valid,
      'problem.md': frontMatter.replace('hints: [Use plus., Return it.]', 'hints: [Use plus.]'),
    };
    expect(errorOf(oneHint).message).toMatch(/hints: give at least 2 progressive hints/);
  });

  it('accepts a measuredAs that is one measurable class and names the field when it is not', () => {
    const withMeasuredAs = (text: string) => ({
      ...valid,
      'problem.md': frontMatter.replace('  space: O(1)', `  measuredAs: ${text}\n  space: O(1)`),
    });
    expect(parseProblem('problems/add-two', withMeasuredAs('O(n)')).complexity.measuredAs).toBe(
      'O(n)',
    );
    expect(errorOf(withMeasuredAs('O(n·k)')).message).toMatch(
      /problem\.md: complexity\.measuredAs: must be one class a measurement can tell/,
    );
  });

  it('rejects a tests.json over the size limit, naming the file', () => {
    const big = { name: 'big', args: ['x'.repeat(TESTS_JSON_MAX_BYTES)], expected: 3 };
    const tests = JSON.stringify({ cases: [big] });
    expect(errorOf({ ...valid, 'tests.json': tests }).message).toMatch(
      /^problems\/add-two\/tests\.json: \(file\): 2\.0 MiB is over the 2\.0 MiB limit/,
    );
    const justUnder = JSON.stringify({
      cases: [{ ...big, args: ['x'.repeat(TESTS_JSON_MAX_BYTES - 100)] }],
    });
    expect(parseProblem('problems/add-two', { ...valid, 'tests.json': justUnder }).slug).toBe(
      'add-two',
    );
  });

  it('rejects missing files, bad JSON, a slug that is not the folder, and missing wrong solutions', () => {
    const { 'solution.js': _omit, ...noSolution } = valid;
    expect(errorOf(noSolution).message).toBe('problems/add-two/solution.js: (file): missing');
    expect(errorOf({ ...valid, 'tests.json': '{ nope' }).message).toMatch(
      /tests\.json: \(root\): invalid JSON/,
    );
    expect(errorOf(valid, 'problems/other').message).toMatch(
      /slug: "add-two" must match the folder name "other"/,
    );
    const { 'wrong/minus.js': _w, ...noWrong } = valid;
    expect(errorOf(noWrong).message).toMatch(/wrong: add at least one known-wrong solution/);
  });

  it('requires a checker when a case compares with one', () => {
    const files = {
      ...valid,
      'tests.json': JSON.stringify({
        compare: 'checker',
        cases: [{ name: 'x', args: [1, 1], expected: 2 }],
      }),
    };
    expect(errorOf(files).message).toMatch(/needs a checker\.js/);
  });

  it('rejects front matter that is not YAML', () => {
    expect(errorOf({ ...valid, 'problem.md': 'no front matter' }).message).toMatch(
      /must start with a --- YAML block/,
    );
    expect(errorOf({ ...valid, 'problem.md': '---\nslug: [\n---\nx' }).message).toMatch(
      /invalid YAML/,
    );
  });
});
