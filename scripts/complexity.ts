/**
 * npm run complexity -- <problem-dir> [<solution-file>] [--json] [--budget=<ms>]
 * Measures how a solution's time grows on the problem's generated inputs (the
 * reference solution when no file is given; with a file, the reference is timed
 * beside it). Exit 0: measured; 1: could not measure; 2: bad input.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { COMPLEXITY_LABELS } from '../src/domain/problem/complexity';
import { parseProblem } from '../src/domain/problem/parse-problem';
import type { Problem } from '../src/domain/problem/problem.schema';
import type { GrowthReport, SeriesReport } from '../src/runner/measure-report';
import { measureGrowth } from '../src/runner/measure-session';
import { nodeSandbox } from './lib/node-sandbox';
import { pythonNodeSandbox } from './lib/python-node-sandbox';
import { readProblemDir } from './lib/read-problem-dir';

const USAGE =
  'usage: npm run complexity -- <problem-dir> [<solution-file>] [--json] [--budget=<ms>] [--no-reference]';

function fail(message: string): never {
  console.error(`complexity: ${message}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const budgetArg = args.find((a) => a.startsWith('--budget='));
const budgetMs = budgetArg ? Number(budgetArg.slice('--budget='.length)) : undefined;
if (budgetMs !== undefined && !(budgetMs >= 200 && budgetMs <= 60_000))
  fail('--budget must be a number of ms between 200 and 60000');
const unknown = args.filter(
  (a) => a.startsWith('--') && a !== '--json' && a !== '--no-reference' && a !== budgetArg,
);
if (unknown.length) fail(`unknown option ${unknown[0]}\n${USAGE}`);
const [problemArg, solutionArg, extra] = args.filter((a) => !a.startsWith('--'));
if (!problemArg || extra) fail(USAGE);
const problemDir = resolve(problemArg);
if (!existsSync(`${problemDir}/problem.md`))
  fail(`${problemArg} is not a problem folder (no problem.md)`);
const solutionFile = solutionArg ? resolve(solutionArg) : undefined;
if (solutionFile && !existsSync(solutionFile)) fail(`solution file not found: ${solutionArg}`);

let problem: Problem;
try {
  problem = parseProblem(`problems/${basename(problemDir)}`, readProblemDir(problemDir));
} catch (error) {
  fail((error as Error).message);
}

const withReference = solutionFile !== undefined && !args.includes('--no-reference');
const language = solutionFile?.endsWith('.py') ? 'py' : solutionFile?.endsWith('.ts') ? 'ts' : 'js';
// Python is measured against the Python reference, in the same kind of sandbox.
const referenceCode = language === 'py' ? problem.python?.solution : problem.solution;
if (language === 'py' && withReference && !referenceCode)
  fail(`${problemArg} has no solution.py to compare with (use --no-reference)`);
const report = await measureGrowth(problem, language === 'py' ? pythonNodeSandbox : nodeSandbox, {
  code: solutionFile ? readFileSync(solutionFile, 'utf8') : problem.solution,
  language,
  budgetMs,
  reference: withReference && referenceCode ? { code: referenceCode, language } : undefined,
  onProgress:
    json || !process.stderr.isTTY
      ? undefined
      : (p) => process.stderr.write(`\r  timing ${p.series} n = ${p.n} …${' '.repeat(12)}`),
});
if (!json && process.stderr.isTTY) process.stderr.write(`\r${' '.repeat(50)}\r`);

const label = (best: keyof typeof COMPLEXITY_LABELS) => COMPLEXITY_LABELS[best];
const formatMs = (ms: number | undefined) =>
  ms === undefined
    ? ''
    : ms < 0.001
      ? `${(ms * 1e6).toFixed(0)} ns`
      : ms < 1
        ? `${(ms * 1000).toFixed(1)} µs`
        : `${ms.toFixed(2)} ms`;

function summary(series: SeriesReport): Record<string, unknown> {
  return series.ok
    ? {
        ok: true,
        best: series.best,
        confidence: series.confidence,
        points: series.points,
        stop: series.stop,
      }
    : {
        ok: false,
        best: null,
        confidence: 0,
        reason: series.reason,
        failure: series.failure,
        points: series.points,
      };
}

function printTable(r: GrowthReport): void {
  const ref = new Map((r.reference?.points ?? []).map((p) => [p.n, p.ms]));
  const header = r.reference ? ['n', 'time per call', 'reference'] : ['n', 'time per call'];
  console.log(header.map((h, i) => (i === 0 ? h.padStart(9) : h.padStart(16))).join(''));
  for (const p of r.points) {
    const cells = [String(p.n).padStart(9), formatMs(p.ms).padStart(16)];
    if (r.reference) cells.push(formatMs(ref.get(p.n)).padStart(16));
    console.log(cells.join(''));
  }
  console.log('');
  const who = solutionFile ? basename(solutionFile) : 'reference solution';
  if (r.ok)
    console.log(`${who}: ${label(r.best)} (confidence ${r.confidence.toFixed(2)}; ${r.stop})`);
  else console.log(`${who}: ${r.reason}`);
  if (r.reference)
    console.log(
      `reference: ${r.reference.ok ? `${label(r.reference.best)} (confidence ${r.reference.confidence.toFixed(2)})` : r.reference.reason}`,
    );
  console.log(
    `declared: ${problem.complexity.time}${problem.complexity.measuredException ? ` (measured exception: ${problem.complexity.measuredException})` : ''}`,
  );
  console.log(
    `took ${(r.totalMs / 1000).toFixed(1)} s (budget ${(r.budgetMs / 1000).toFixed(1)} s)`,
  );
}

if (json) {
  const out = {
    ...summary(report),
    ...(report.reference ? { reference: summary(report.reference) } : {}),
    declared: problem.complexity.time,
    totalMs: Math.round(report.totalMs),
  };
  console.log(JSON.stringify(out, null, 2));
} else {
  printTable(report);
}
process.exit(report.ok ? 0 : !report.ok && report.failure === 'compile-error' ? 2 : 1);
