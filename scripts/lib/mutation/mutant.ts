import type { Problem } from '../../../src/domain/problem/problem.schema';
import type { Language } from '../../../src/runner/protocol';
import type { SandboxFactory } from '../../../src/runner/run-session';

/** One mutant of a reference solution: where it is, what it changes, and the whole mutated source. */
export interface Mutant {
  /** The mutation operator's name as the library reports it (EqualityOperator, BlockStatement…). */
  mutator: string;
  /** 1-based line and column where the changed code starts in the reference. */
  line: number;
  column: number;
  /** 1-based line and column just after the changed code. */
  endLine: number;
  endColumn: number;
  /** The reference text that is replaced and the text that replaces it. */
  original: string;
  replacement: string;
  /** The reference with this one change applied. */
  code: string;
}

/** What identifies a mutant in mutants.json: its range "line:column-line:column", mutator and replacement. */
export interface MutantKey {
  at: string;
  mutator: string;
  replacement: string;
}

export const keyOf = (m: Mutant): MutantKey => ({
  at: `${m.line}:${m.column}-${m.endLine}:${m.endColumn}`,
  mutator: m.mutator,
  replacement: m.replacement,
});

export const sameKey = (a: MutantKey, b: MutantKey): boolean =>
  a.at === b.at && a.mutator === b.mutator && a.replacement === b.replacement;

/**
 * A language the mutate tool can mutate. JavaScript uses Stryker's instrumenter, Python its
 * own ast module (py-mutants.ts); each names the runner language its mutants load as.
 */
export interface MutationLanguage {
  /** The section of mutants.json this language's declarations and record live in. */
  id: string;
  /** The reference's file name in the problem folder, used in messages and diffs. */
  file: string;
  /** The language the runner loads the reference and its mutants as. */
  runAs: Language;
  /** Name and version of the mutant generator: a new version can make new mutants. */
  generator: string;
  /** The reference in this language, or undefined when the problem has none. */
  reference(problem: Problem): string | undefined;
  /** Every mutant of `code`, in source order. */
  mutants(code: string): Promise<Mutant[]>;
  /** The jailed sandboxes the reference and its mutants run in. */
  sandbox: SandboxFactory;
}
