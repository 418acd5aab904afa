import type { CustomCase } from '../../domain/problem/custom-case';
import type { ProblemPage } from '../../domain/problem/problem-parts';

/** How a custom case is named in the results ("Custom 1"…), apart from the problem's cases. */
export const customCaseName = (index: number) => `Custom ${index + 1}`;

/** The problem's visible cases followed by the candidate's own, for a Run. */
export function withCustomCases(problem: ProblemPage, cases: readonly CustomCase[]): ProblemPage {
  if (cases.length === 0) return problem;
  const custom = cases.map((c, i) => ({
    name: customCaseName(i),
    args: c.args,
    expected: c.expected,
    hidden: false,
  }));
  return { ...problem, tests: { ...problem.tests, cases: [...problem.tests.cases, ...custom] } };
}
