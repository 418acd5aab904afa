import { javascript } from './js-mutants';
import type { MutationLanguage } from './mutant';

/**
 * Every language whose references are mutated. A new language (Python) adds its generator
 * here: a MutationLanguage with its own mutants and the runner language to load them as.
 */
export const MUTATION_LANGUAGES: readonly MutationLanguage[] = [javascript];
