import { parse as parseYaml } from 'yaml';
import type { ZodError, ZodType } from 'zod';
import { problemHtml } from './problem-html';
import { frontMatterSchema, problemSchema, testsFileSchema, type Problem } from './problem.schema';

/** A problem folder's files as text, keyed by path relative to the folder ("wrong/off-by-one.js"). */
export type ProblemFiles = Readonly<Record<string, string>>;

/** A problem file that is missing or invalid; the message names the file, the field and the reason. */
export class ProblemError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly string[],
  ) {
    super(`${file}: ${issues.join('; ')}`);
    this.name = 'ProblemError';
  }
}

function describeZod(error: ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : '(root)';
    return `${field}: ${issue.message}`;
  });
}

function check<T>(schema: ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new ProblemError(file, describeZod(result.error));
  return result.data;
}

/** Splits `---\nyaml\n---\nmarkdown` into its two parts. */
export function splitFrontMatter(text: string, file: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match)
    throw new ProblemError(file, ['(front matter): must start with a --- YAML block ---']);
  try {
    return { data: parseYaml(match[1] ?? ''), body: (match[2] ?? '').trim() };
  } catch (error) {
    throw new ProblemError(file, [`(front matter): invalid YAML: ${(error as Error).message}`]);
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ProblemError(file, [`(root): invalid JSON: ${(error as Error).message}`]);
  }
}

/** tests.json ships inside the app's problem chunk and is parsed on every Run: 2 MiB at most. */
export const TESTS_JSON_MAX_BYTES = 2 * 1024 * 1024;

function checkSize(text: string, file: string): string {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > TESTS_JSON_MAX_BYTES) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new ProblemError(file, [
      `(file): ${mb(bytes)} MiB is over the ${mb(TESTS_JSON_MAX_BYTES)} MiB limit; keep the largest cases to what the judge needs`,
    ]);
  }
  return text;
}

function required(files: ProblemFiles, dir: string, name: string): string {
  const text = files[name];
  if (text === undefined) throw new ProblemError(`${dir}/${name}`, ['(file): missing']);
  return text;
}

/** The Python files: all of starter.py, solution.py and wrong/*.py, or none of them. */
function parsePython(
  files: ProblemFiles,
  dir: string,
  wrong: { name: string; code: string }[],
  hasCases: boolean,
): Problem['python'] {
  const present = ['starter.py', 'solution.py'].filter((name) => files[name] !== undefined);
  if (present.length === 0 && wrong.length === 0) return undefined;
  if (!hasCases)
    throw new ProblemError(`${dir}/${present[0] ?? 'wrong'}`, [
      '(file): Python runs data cases only (tests.json); a spec-only problem stays JavaScript',
    ]);
  return {
    starter: required(files, dir, 'starter.py'),
    solution: required(files, dir, 'solution.py'),
    wrong,
  };
}

/**
 * Builds a validated Problem from the raw files of one problem folder (with its Markdown
 * rendered to HTML).
 * `dir` is only used to name files in error messages (e.g. "problems/two-sum").
 */
export function parseProblem(dir: string, files: ProblemFiles): Problem {
  const mdFile = `${dir}/problem.md`;
  const { data, body } = splitFrontMatter(required(files, dir, 'problem.md'), mdFile);
  const front = check(frontMatterSchema, data, mdFile);
  const folder = dir.split('/').pop();
  if (folder !== front.slug) {
    throw new ProblemError(mdFile, [
      `slug: "${front.slug}" must match the folder name "${folder}"`,
    ]);
  }
  const tests =
    files['tests.json'] === undefined
      ? { compare: 'exact' as const, cases: [] }
      : check(
          testsFileSchema,
          parseJson(checkSize(files['tests.json'], `${dir}/tests.json`), `${dir}/tests.json`),
          `${dir}/tests.json`,
        );
  const spec = { visible: files['spec.js'], hidden: files['spec.hidden.js'] };
  if (tests.cases.length === 0 && !spec.visible && !spec.hidden) {
    throw new ProblemError(`${dir}/tests.json`, ['cases: add data cases here or a spec.js']);
  }
  const wrongOf = (ext: string) =>
    Object.keys(files)
      .filter(
        (name) => name.startsWith('wrong/') && name.endsWith(ext) && !name.slice(6).includes('/'),
      )
      .sort()
      .map((name) => ({ name: name.slice('wrong/'.length, -ext.length), code: files[name] ?? '' }));
  const wrong = wrongOf('.js');
  const candidate = {
    ...front,
    statement: body,
    starter: { js: required(files, dir, 'starter.js'), ts: required(files, dir, 'starter.ts') },
    tests,
    spec,
    solution: required(files, dir, 'solution.js'),
    wrong,
    generator: required(files, dir, 'generator.js'),
    checker: files['checker.js'],
    python: parsePython(files, dir, wrongOf('.py'), tests.cases.length > 0),
  };
  const problem = check(problemSchema, candidate, dir);
  const usesChecker =
    problem.tests.compare === 'checker' || problem.tests.cases.some((c) => c.compare === 'checker');
  if (usesChecker && !problem.checker) {
    throw new ProblemError(`${dir}/tests.json`, ['compare: "checker" needs a checker.js']);
  }
  return { ...problem, html: problemHtml(problem) };
}
