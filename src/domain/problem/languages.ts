import type { Problem } from './problem.schema';

/** The languages a solution can be written in. */
export type CodeLanguage = 'js' | 'ts' | 'py';

export const LANGUAGE_LABEL: Record<CodeLanguage, string> = {
  js: 'JavaScript',
  ts: 'TypeScript',
  py: 'Python',
};

/** The starter code of a problem in a language ('' for Python where the problem has none). */
export function starterFor(
  problem: Pick<Problem, 'starter'> & { python?: { starter: string } },
  language: CodeLanguage,
) {
  return language === 'py' ? (problem.python?.starter ?? '') : problem.starter[language];
}

/** The languages a problem can be solved in: Python only where its tests are data cases. */
export function languagesOf(problem: { python?: unknown }): CodeLanguage[] {
  return problem.python ? ['js', 'ts', 'py'] : ['js', 'ts'];
}

/**
 * The language a problem is worked in when `chosen` was asked for several problems at once (an
 * assessment): the chosen one where the problem offers it, else JavaScript (a problem about
 * JavaScript itself has no Python).
 */
export function languageFor(problem: { python?: unknown }, chosen: CodeLanguage): CodeLanguage {
  return languagesOf(problem).includes(chosen) ? chosen : 'js';
}

/** Why a problem offers no Python, for the language selector. */
export const NO_PYTHON_REASON =
  'Python is not offered here: this problem is about JavaScript itself (its tests are JavaScript specs or its behaviour is JavaScript-only).';

/** The reference solution to show beside code written in `language` (solution.py for Python). */
export function referenceFor(
  problem: Pick<Problem, 'solution' | 'python'>,
  language: CodeLanguage,
): { code: string; language: CodeLanguage } {
  if (language === 'py' && problem.python) return { code: problem.python.solution, language };
  return { code: problem.solution, language: 'js' };
}
