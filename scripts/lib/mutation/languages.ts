import { javascript } from './js-mutants';
import type { MutationLanguage } from './mutant';
import { python } from './py-mutants';

/**
 * Every language whose references are mutated: JavaScript (Stryker's instrumenter) and Python
 * (Python's own ast module in a jailed Pyodide). Each has its section in mutants.json.
 */
export const MUTATION_LANGUAGES: readonly MutationLanguage[] = [javascript, python];
