import type { Problem } from '../../../src/domain/problem/problem.schema';
import type { RunReport } from '../../../src/runner/run-report';
import {
  runBudget,
  runTests,
  type RunOptions,
  type SandboxFactory,
} from '../../../src/runner/run-session';
import { openProblemCode } from '../jail/problem-jail';
import { createLimiter } from './limiter';
import type { Mutant, MutationLanguage } from './mutant';

/** What became of one mutant: killed (with the first test that caught it) or survived. */
export interface MutantOutcome {
  mutant: Mutant;
  killed: boolean;
  /** The test that failed and how ("hidden case x: fail"), or why the mutant did not load. */
  killedBy?: string;
}

export interface ProblemMutation {
  slug: string;
  language: string;
  outcomes: MutantOutcome[];
  killed: number;
  total: number;
  ms: number;
}

export interface MutateOptions {
  /** Runs one judge run at a time per lane; share one across problems to keep every core busy. */
  limit?: <T>(task: () => Promise<T>) => Promise<T>;
  sandbox?: SandboxFactory;
  /**
   * Mutants expected to survive (declared equivalent): one killed only by running out of time is
   * run once more, so a busy machine does not turn a declared survivor into a stale declaration.
   */
  expectSurvivor?: (mutant: Mutant) => boolean;
  /**
   * Multiplies every run's budget (default 1, the judge's own). On a loaded machine a larger
   * scale keeps slow runs from being counted as killed; it can only add survivors, never hide one.
   */
  budgetScale?: number;
}

const passesAll = (r: RunReport) => r.status === 'done' && r.failed === 0 && r.passed > 0;

function killer(report: RunReport): string {
  if (report.loadError) return `${report.status}: ${report.loadError.message}`;
  const test = report.tests.find((t) => t.status !== 'pass' && t.status !== 'skipped');
  return test ? `${test.name}: ${test.status}` : report.status;
}

/**
 * Runs every mutant of a problem's reference through the judge (the runner and compare path
 * validate uses, every test including hidden ones and specs, the problem's own run budget).
 * A mutant is killed when any test fails, errors or runs out of time, or it does not load.
 * Throws when the reference itself does not pass: its mutants could not be judged.
 */
export async function mutateProblem(
  problem: Problem,
  language: MutationLanguage,
  options: MutateOptions = {},
): Promise<ProblemMutation> {
  const reference = language.reference(problem);
  if (reference === undefined)
    return { slug: problem.slug, language: language.id, outcomes: [], killed: 0, total: 0, ms: 0 };
  return runMutants(problem, language, reference, options);
}

/**
 * One judge run. checker.js is problem code: it runs in a jail of its own, as in validate,
 * opened for the run (a problem's runs can span longer than a jail's lifetime on a busy machine).
 */
async function judge(
  problem: Problem,
  sandbox: SandboxFactory,
  options: Omit<RunOptions, 'checker'>,
): Promise<RunReport> {
  if (!problem.checker) return runTests(problem, sandbox, options);
  const problemCode = openProblemCode();
  try {
    const checker = await problemCode.checker(problem.checker);
    return await runTests(problem, sandbox, { ...options, checker });
  } finally {
    problemCode.dispose();
  }
}

async function runMutants(
  problem: Problem,
  language: MutationLanguage,
  reference: string,
  options: MutateOptions,
): Promise<ProblemMutation> {
  const limit = options.limit ?? createLimiter(1);
  const sandbox = options.sandbox ?? language.sandbox;
  const started = performance.now();
  // The judge's own budget for the language (Python gets its larger one).
  const budgetMs = runBudget(problem, language.runAs) * (options.budgetScale ?? 1);
  const submit = (code: string, stopOnFailure: boolean) =>
    limit(() =>
      judge(problem, sandbox, {
        mode: 'submit',
        code,
        language: language.runAs,
        stopOnFailure,
        budgetMs,
      }),
    );
  let baseline = await submit(reference, false);
  if (baseline.status === 'timeout') baseline = await submit(reference, false); // a busy moment
  if (!passesAll(baseline))
    throw new Error(`${language.file} must pass every test first (${killer(baseline)})`);
  const mutants = await language.mutants(reference);
  const outcomes = await Promise.all(
    mutants.map(async (mutant): Promise<MutantOutcome> => {
      let report = await submit(mutant.code, true);
      if (report.status === 'timeout' && options.expectSurvivor?.(mutant))
        report = await submit(mutant.code, true);
      return passesAll(report)
        ? { mutant, killed: false }
        : { mutant, killed: true, killedBy: killer(report) };
    }),
  );
  return {
    slug: problem.slug,
    language: language.id,
    outcomes,
    killed: outcomes.filter((o) => o.killed).length,
    total: outcomes.length,
    ms: Math.round(performance.now() - started),
  };
}
