import { createHash } from 'node:crypto';
import type { Problem } from '../../../src/domain/problem/problem.schema';
import { keyOf, sameKey, type MutantKey, type MutationLanguage } from './mutant';
import { MUTANTS_FILE, type Declaration, type MutationRecord } from './mutants-file';
import type { ProblemMutation } from './run-mutants';

/**
 * A hash of everything that decides which mutants survive: the mutant generator and its
 * version, the reference, the data cases, the specs, the checker, the entry and the budget.
 * Statements, hints and other languages' files do not count.
 */
export function fingerprint(problem: Problem, language: MutationLanguage): string {
  const { tests, spec, checker, entry, runBudgetMs } = problem;
  const decisive = {
    generator: language.generator,
    reference: language.reference(problem),
    tests,
    spec,
    checker,
    entry,
    runBudgetMs,
  };
  return createHash('sha256').update(JSON.stringify(decisive)).digest('hex');
}

/** The record `npm run mutate -- --write` keeps of a run. */
export function recordOf(
  run: ProblemMutation,
  problem: Problem,
  language: MutationLanguage,
): MutationRecord {
  return {
    fingerprint: fingerprint(problem, language),
    killed: run.killed,
    total: run.total,
    survivors: run.outcomes.filter((o) => !o.killed).map((o) => keyOf(o.mutant)),
  };
}

const describe = (file: string, k: MutantKey) =>
  `${file}:${k.at} ${k.mutator} → ${JSON.stringify(k.replacement)}`;

/**
 * Compares the survivors of a run with the declared equivalent mutants. Each undeclared
 * survivor and each declaration that is not a survivor (killed, or no longer generated) is
 * one failure. `run` (a fresh run) lets a stale declaration name the test that kills it.
 */
export function judgeSurvivors(
  survivors: readonly MutantKey[],
  declared: readonly Declaration[],
  language: Pick<MutationLanguage, 'id' | 'file'>,
  run?: ProblemMutation,
): string[] {
  const { file } = language;
  const section = `${MUTANTS_FILE} (${language.id} section)`;
  const failures: string[] = [];
  for (const survivor of survivors) {
    if (!declared.some((d) => sameKey(d, survivor)))
      failures.push(
        `undeclared surviving mutant ${describe(file, survivor)}: add a test that kills it, or declare it equivalent in ${section} with a reason`,
      );
  }
  for (const declaration of declared) {
    if (survivors.some((s) => sameKey(s, declaration))) continue;
    const outcome = run?.outcomes.find((o) => sameKey(keyOf(o.mutant), declaration));
    failures.push(
      outcome
        ? `${section}: declared equivalent mutant ${describe(file, declaration)} is killed (${outcome.killedBy}): remove the stale declaration`
        : `${section}: declared equivalent mutant ${describe(file, declaration)} is ${run ? 'no longer generated' : 'not among the recorded survivors'}: remove the stale declaration`,
    );
  }
  return failures;
}
