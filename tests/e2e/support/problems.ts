import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const PROBLEMS_DIR = path.resolve(import.meta.dirname, '../../../problems');

/** The front-matter fields the e2e tests check the UI against. */
export interface ProblemMeta {
  slug: string;
  title: string;
  difficulty: 'easy' | 'medium' | 'hard';
  tags: string[];
  runBudgetMs?: number;
  entry: { name: string };
}

/** Reads problems/<slug>/problem.md front matter straight from disk (the source of truth). */
export function readProblemMeta(slug: string): ProblemMeta {
  const text = readFileSync(path.join(PROBLEMS_DIR, slug, 'problem.md'), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match?.[1]) throw new Error(`problems/${slug}/problem.md has no front matter`);
  return parse(match[1]) as ProblemMeta;
}

/** Every problem folder's metadata. */
export function allProblems(): ProblemMeta[] {
  return readdirSync(PROBLEMS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => readProblemMeta(d.name));
}

/** A file of a problem folder, e.g. readProblemFile('two-sum', 'solution.js'). */
export function readProblemFile(slug: string, file: string): string {
  return readFileSync(path.join(PROBLEMS_DIR, slug, file), 'utf8');
}

/** The run budget the UI enforces for a problem (front matter runBudgetMs, default 2000 ms). */
export function budgetMs(slug: string): number {
  return readProblemMeta(slug).runBudgetMs ?? 2000;
}
