/**
 * npm run judge -- <problem-dir> <solution-file> [--json]
 * Exit 0: every test passes; 1: any failure; 2: bad input (missing file, invalid problem, syntax error).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseProblem } from '../src/domain/problem/parse-problem';
import { summarize, type RunReport } from '../src/runner/run-report';
import { runTests } from '../src/runner/run-session';
import { openProblemCode } from './lib/jail/problem-jail';
import { printable } from './lib/printable';
import { nodeSandbox } from './lib/node-sandbox';
import { pythonNodeSandbox } from './lib/python-node-sandbox';
import { readProblemDir } from './lib/read-problem-dir';
import { syntaxErrors } from './lib/syntax-check';

function fail(message: string): never {
  console.error(`judge: ${message}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const [problemArg, solutionArg] = args.filter((a) => !a.startsWith('--'));
if (!problemArg || !solutionArg)
  fail('usage: npm run judge -- <problem-dir> <solution-file> [--json]');
const problemDir = resolve(problemArg);
const solutionFile = resolve(solutionArg);
if (!existsSync(`${problemDir}/problem.md`))
  fail(`${problemArg} is not a problem folder (no problem.md)`);
if (!existsSync(solutionFile)) fail(`solution file not found: ${solutionArg}`);

let problem;
try {
  problem = parseProblem(`problems/${basename(problemDir)}`, readProblemDir(problemDir));
} catch (error) {
  fail((error as Error).message);
}
const unparsable = syntaxErrors(problem);
if (unparsable.length) fail(unparsable.join('\n'));
const language = solutionFile.endsWith('.py') ? 'py' : solutionFile.endsWith('.ts') ? 'ts' : 'js';
// checker.js runs in its own jailed process, apart from the solution's.
const problemCode = openProblemCode();
let checker;
try {
  checker = problem.checker ? await problemCode.checker(problem.checker) : undefined;
} catch (error) {
  problemCode.dispose();
  fail((error as Error).message);
}
const report = await runTests(problem, language === 'py' ? pythonNodeSandbox : nodeSandbox, {
  mode: 'submit',
  code: readFileSync(solutionFile, 'utf8'),
  language,
  showHidden: true,
  checker,
}).finally(() => problemCode.dispose());

function printReport(r: RunReport): void {
  for (const t of r.tests) {
    const mark = t.status === 'pass' ? '✓' : t.status === 'skipped' ? '-' : '✗';
    console.log(
      `${mark} ${printable(t.name)}${t.hidden ? ' (hidden)' : ''} ${t.status} ${t.ms.toFixed(1)} ms`,
    );
    if (t.status === 'pass') continue;
    if (t.input) console.log(`    input:    ${printable(t.input)}`);
    if (t.expected !== undefined) console.log(`    expected: ${printable(t.expected)}`);
    if (t.actual !== undefined) console.log(`    actual:   ${printable(t.actual)}`);
    if (t.error)
      console.log(
        `    error:    ${printable(`${t.error.name}: ${t.error.message}`)}${t.error.location ? ` (line ${t.error.location.line}, column ${t.error.location.column})` : ''}`,
      );
    if (t.error?.traceback)
      for (const line of t.error.traceback.split('\n')) console.log(`    ${printable(line)}`);
    if (t.reason) console.log(`    ${printable(t.reason)}`);
  }
  console.log(`\njudge: ${summarize(r)}`);
}

if (report.status === 'compile-error') {
  const e = report.loadError;
  const where = e?.location ? ` at line ${e.location.line}, column ${e.location.column}` : '';
  if (json) console.log(JSON.stringify(report, null, 2));
  fail(
    `${basename(solutionFile)} does not load${where}: ${printable(`${e?.name}: ${e?.message}`)}`,
  );
}
if (json) console.log(JSON.stringify(report, null, 2));
else printReport(report);
// exitCode, not exit(): a large --json report must finish flushing to a pipe first.
process.exitCode = report.failed === 0 && report.status === 'done' ? 0 : 1;
