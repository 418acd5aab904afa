import type { Problem } from './problem.schema';

/**
 * What a problem page needs to open: statement, starters, entry, hints and the visible tests.
 * `tests.cases` holds the visible cases only, `spec.hidden` is absent, and of the Python
 * files only starter.py is here.
 */
export type ProblemPage = Omit<Problem, 'solution' | 'wrong' | 'generator' | 'python'> & {
  python?: { starter: string };
};

/** The rest, fetched when Submit, a measurement or the reveal needs it. */
export interface ProblemRest {
  /** Every case in the problem's order, hidden ones included. */
  cases: Problem['tests']['cases'];
  hiddenSpec?: string;
  solution: string;
  wrong: Problem['wrong'];
  generator: string;
  /** solution.py and wrong/*.py, on problems with Python files. */
  python?: Omit<NonNullable<Problem['python']>, 'starter'>;
}

/** Splits a problem into the light page part and the heavy rest (hidden tests, reference…). */
export function splitProblem(problem: Problem): { page: ProblemPage; rest: ProblemRest } {
  const { solution, wrong, generator, python, ...common } = problem;
  const { hidden: hiddenSpec, ...visibleSpec } = problem.spec;
  const page: ProblemPage = {
    ...common,
    tests: { ...problem.tests, cases: problem.tests.cases.filter((c) => !c.hidden) },
    spec: visibleSpec,
  };
  const rest: ProblemRest = { cases: problem.tests.cases, solution, wrong, generator };
  if (hiddenSpec !== undefined) rest.hiddenSpec = hiddenSpec;
  if (python) {
    page.python = { starter: python.starter };
    rest.python = { solution: python.solution, wrong: python.wrong };
  }
  return { page, rest };
}

/** The whole problem again from its two parts. */
export function joinProblem(page: ProblemPage, rest: ProblemRest): Problem {
  const spec =
    rest.hiddenSpec === undefined ? page.spec : { ...page.spec, hidden: rest.hiddenSpec };
  const { python: pagePython, ...common } = page;
  const problem: Problem = {
    ...common,
    tests: { ...page.tests, cases: rest.cases },
    spec,
    solution: rest.solution,
    wrong: rest.wrong,
    generator: rest.generator,
  };
  if (pagePython && rest.python) problem.python = { starter: pagePython.starter, ...rest.python };
  return problem;
}
