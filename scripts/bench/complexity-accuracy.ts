/**
 * Big-O accuracy bench: measures every function of the accuracy suite through
 * the same engine as `npm run complexity` (Node worker-thread sandbox), once
 * on an idle machine and once while a child process keeps one core busy.
 * --python measures the same cases written in Python (complexity-cases-python.ts) in the
 * CLI's jailed Pyodide runtimes, with the budget the app gives a Python measurement.
 *
 *   npx tsx scripts/bench/complexity-accuracy.ts [--python] [--rows] [--idle-only] [--filter=<text>] [--dump=<file>]
 *
 * Prints a table per pass and a summary; --rows prints only the summary rows as
 * JSON ({ what, measured, target, ok }[]) for scripts/bench.mjs; --dump writes
 * every measured point to a JSON file, for tuning the fit offline.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { GrowthPoint } from '../../src/domain/growth/fit-growth';
import { DEFAULT_MEASURE_BUDGET_MS } from '../../src/runner/measure-plan';
import { measureGrowth } from '../../src/runner/measure-session';
import { nodeSandbox } from '../lib/node-sandbox';
import { pythonNodeSandbox } from '../lib/python-node-sandbox';
import { TARGETS } from './complexity-accuracy-targets';
import { ACCURACY_CASES, type AccuracyCase } from './complexity-cases';
import { PYTHON_ACCURACY_CASES } from './complexity-cases-python';

/**
 * The app's first measurement budget, for JavaScript and Python alike (use-measure-growth.ts
 * passes none, so measureGrowth uses the plan's default; Python's 3× run budget does not apply).
 */
const BUDGET_MS = DEFAULT_MEASURE_BUDGET_MS;

const args = process.argv.slice(2);
const rowsOnly = args.includes('--rows');
const python = args.includes('--python');
const language = python ? 'py' : 'js';
const sandbox = python ? pythonNodeSandbox : nodeSandbox;
/** In the Python pass's labels (the JavaScript rows keep their names). */
const lang = python ? 'Python' : 'JavaScript';
const tag = python ? 'Python, ' : '';
const filter = args.find((a) => a.startsWith('--filter='))?.slice('--filter='.length);
const cases = (python ? PYTHON_ACCURACY_CASES : ACCURACY_CASES).filter(
  (c) => !filter || c.name.includes(filter),
);
const log = (line: string) => (rowsOnly ? process.stderr : process.stdout).write(`${line}\n`);

interface Outcome {
  name: string;
  expected: string;
  got: string;
  confidence: number;
  seconds: number;
  right: boolean;
  points: GrowthPoint[];
}

async function measureCase(c: AccuracyCase): Promise<Outcome> {
  const started = performance.now();
  const report = await measureGrowth(c.problem, sandbox, {
    code: c.code,
    language,
    budgetMs: BUDGET_MS,
  });
  const seconds = (performance.now() - started) / 1000;
  const got = report.ok ? report.best : `(${report.reason})`;
  return {
    name: c.name,
    expected: c.expected,
    got,
    confidence: report.ok ? report.confidence : 0,
    seconds,
    right: report.ok && report.best === c.expected,
    points: report.points,
  };
}

/** A child process spinning on one core for at most `ms`; killed as soon as the pass ends. */
function busyCore(ms: number): ChildProcess {
  return spawn(
    process.execPath,
    ['-e', `const end = Date.now() + ${ms}; let x = 0; while (Date.now() < end) x++;`],
    { stdio: 'ignore' },
  );
}

async function pass(label: string): Promise<Outcome[]> {
  log(
    `\n${label} (load average ${loadavg()[0]?.toFixed(2)}; ${cases.length} ${lang} functions, budget ${BUDGET_MS} ms each)`,
  );
  const out: Outcome[] = [];
  for (const c of cases) {
    const o = await measureCase(c);
    out.push(o);
    log(
      `  ${o.right ? '✓' : '✗'} ${o.name.padEnd(48)} expected ${o.expected.padEnd(8)} got ${o.got.padEnd(8)} conf ${o.confidence.toFixed(2)}  ${o.seconds.toFixed(1)} s`,
    );
  }
  return out;
}

function summarize(label: string, outcomes: Outcome[], target: number) {
  const right = outcomes.filter((o) => o.right).length;
  const accuracy = right / outcomes.length;
  const times = outcomes.map((o) => o.seconds);
  const mean = times.reduce((s, t) => s + t, 0) / times.length;
  const worst = Math.max(...times);
  return [
    {
      what: `Big-O accuracy, ${tag}${label} (${outcomes.length} functions)`,
      measured: `${right}/${outcomes.length} = ${(accuracy * 100).toFixed(0)} %`,
      target: `≥ ${target * 100} %`,
      ok: accuracy >= target,
    },
    {
      what: `Time per measurement, ${tag}${label} (mean / worst)`,
      measured: `${mean.toFixed(1)} s / ${worst.toFixed(1)} s`,
      target: `≤ ${TARGETS.secondsEach} s`,
      ok: worst <= TARGETS.secondsEach,
    },
  ];
}

const dump = args.find((a) => a.startsWith('--dump='))?.slice('--dump='.length);
const passes: Record<string, Outcome[]> = {};
// Bundle the sandbox thread once before timing: the first case would otherwise carry esbuild's one-off
// build (seconds on a busy machine), which the app never pays per measurement (its worker is warm).
// Python: start both pooled Pyodide runtimes too, as the app keeps a loaded spare; otherwise a case
// would carry a runtime's start while the previous one is still being checked after its series.
if (python) {
  const warm = await Promise.all([pythonNodeSandbox(), pythonNodeSandbox()]);
  for (const handle of warm) handle.dispose(true);
} else (await nodeSandbox()).dispose();
const idle = await pass('Idle pass');
passes.idle = idle;
const rows = summarize('idle', idle, TARGETS.idleAccuracy);
if (!args.includes('--idle-only')) {
  // Bounded twice: the child exits on its own after the expected pass length, and is killed when the pass ends.
  const child = busyCore(cases.length * (BUDGET_MS + 2000));
  try {
    const loaded = await pass('Loaded pass: a child process keeps one core busy');
    passes.loaded = loaded;
    rows.push(...summarize('one core busy', loaded, TARGETS.loadedAccuracy));
  } finally {
    child.kill();
  }
}

if (dump) writeFileSync(dump, JSON.stringify(passes));
if (rowsOnly) {
  console.log(JSON.stringify(rows));
} else {
  log('');
  for (const r of rows)
    log(
      `${r.what.padEnd(56)} ${r.measured.padStart(18)}  ${r.target.padStart(8)}  ${r.ok ? 'ok' : 'MISSED'}`,
    );
}
