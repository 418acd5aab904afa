import type { ProblemFiles } from '../../../src/domain/problem/parse-problem';
import type { Problem } from '../../../src/domain/problem/problem.schema';
import { MUTATION_LANGUAGES } from './languages';
import { keyOf, sameKey, type MutationLanguage } from './mutant';
import { MUTANTS_FILE, parseMutantsFile, type MutantsFile } from './mutants-file';
import { fingerprint, judgeSurvivors } from './mutation-verdict';
import { mutateProblem, type MutateOptions } from './run-mutants';

export interface MutationScore {
  language: string;
  killed: number;
  total: number;
}

export interface MutationCheck {
  failures: string[];
  scores: MutationScore[];
  /** Languages whose record was missing or out of date, so the mutants were run here. */
  reran: string[];
}

/** The problem's mutants.json, or an empty one when the folder has none. Throws naming file and field. */
export function readMutantsFile(files: ProblemFiles, dir: string): MutantsFile {
  const text = files[MUTANTS_FILE];
  return text === undefined ? {} : parseMutantsFile(text, `${dir}/${MUTANTS_FILE}`);
}

/** The languages a problem has a reference in. */
export function languagesOf(problem: Problem): MutationLanguage[] {
  return MUTATION_LANGUAGES.filter((l) => l.reference(problem) !== undefined);
}

/**
 * Validate's mutation check. Where mutants.json holds a record whose fingerprint matches the
 * problem (same reference, tests, specs, checker, generator version), the recorded survivors
 * are compared with the declared equivalent ones: no mutant runs. Where the record is missing
 * or out of date, every mutant runs now (what changed is re-checked in full). Either way an
 * undeclared survivor or a declared mutant that is not a survivor is a failure.
 */
export async function checkMutation(
  problem: Problem,
  files: ProblemFiles,
  dir: string,
  options: MutateOptions = {},
  /** The languages to check (validate checks JavaScript and Python in separate phases); all by default. */
  only?: readonly string[],
): Promise<MutationCheck> {
  const check: MutationCheck = { failures: [], scores: [], reran: [] };
  let content: MutantsFile;
  try {
    content = readMutantsFile(files, dir);
  } catch (error) {
    check.failures.push((error as Error).message);
    return check;
  }
  for (const language of languagesOf(problem)) {
    if (only && !only.includes(language.id)) continue;
    const section = content[language.id as keyof MutantsFile];
    const declared = section?.equivalent ?? [];
    const record = section?.record;
    if (record && record.fingerprint === fingerprint(problem, language)) {
      check.scores.push({ language: language.id, killed: record.killed, total: record.total });
      check.failures.push(...judgeSurvivors(record.survivors, declared, language));
      continue;
    }
    check.reran.push(language.id);
    try {
      const run = await mutateProblem(problem, language, {
        ...options,
        expectSurvivor: (m) => declared.some((d) => sameKey(d, keyOf(m))),
      });
      const survivors = run.outcomes.filter((o) => !o.killed).map((o) => o.mutant);
      check.scores.push({ language: language.id, killed: run.killed, total: run.total });
      check.failures.push(...judgeSurvivors(survivors.map(keyOf), declared, language, run));
    } catch (error) {
      check.failures.push(`mutation: ${(error as Error).message}`);
    }
  }
  return check;
}
