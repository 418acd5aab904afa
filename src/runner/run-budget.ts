import type { Problem } from '../domain/problem/problem.schema';
import type { RunLanguage } from './protocol';

export const DEFAULT_BUDGET_MS = 2000;
/**
 * Python in Pyodide runs these algorithms ~3× slower than JavaScript in V8 (as on judges that
 * give Python more time), so a Python run gets three times the problem's budget.
 */
export const PYTHON_BUDGET_FACTOR = 3;

/** The wall-clock budget of a whole run of this problem in this language. */
export function runBudget(problem: Pick<Problem, 'runBudgetMs'>, language: RunLanguage): number {
  const base = problem.runBudgetMs ?? DEFAULT_BUDGET_MS;
  return language === 'py' ? base * PYTHON_BUDGET_FACTOR : base;
}
