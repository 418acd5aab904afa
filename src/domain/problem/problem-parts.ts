import type { Problem } from './problem.schema';

/**
 * What a problem page needs to open: statement, starter, entry, hints and the visible tests.
 * `tests.cases` holds the visible cases only and `spec.hidden` is absent.
 */
export type ProblemPage = Omit<Problem, 'solution' | 'wrong' | 'generator'>;

/** The rest, fetched when Submit, a measurement or the reveal needs it. */
export interface ProblemRest {
  /** Every case in the problem's order, hidden ones included. */
  cases: Problem['tests']['cases'];
  hiddenSpec?: string;
  solution: string;
  wrong: Problem['wrong'];
  generator: string;
}

/** Splits a problem into the light page part and the heavy rest (hidden tests, reference…). */
export function splitProblem(problem: Problem): { page: ProblemPage; rest: ProblemRest } {
  const { solution, wrong, generator, ...common } = problem;
  const { hidden: hiddenSpec, ...visibleSpec } = problem.spec;
  const page: ProblemPage = {
    ...common,
    tests: { ...problem.tests, cases: problem.tests.cases.filter((c) => !c.hidden) },
    spec: visibleSpec,
  };
  const rest: ProblemRest = { cases: problem.tests.cases, solution, wrong, generator };
  if (hiddenSpec !== undefined) rest.hiddenSpec = hiddenSpec;
  return { page, rest };
}

/** The whole problem again from its two parts. */
export function joinProblem(page: ProblemPage, rest: ProblemRest): Problem {
  const spec =
    rest.hiddenSpec === undefined ? page.spec : { ...page.spec, hidden: rest.hiddenSpec };
  return {
    ...page,
    tests: { ...page.tests, cases: rest.cases },
    spec,
    solution: rest.solution,
    wrong: rest.wrong,
    generator: rest.generator,
  };
}
