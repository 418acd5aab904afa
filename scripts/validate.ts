/**
 * npm run validate [-- <pack-dir>] [--no-growth] [--no-python] [--stats] [--prove-timeouts] [--record-timeouts]:
 * proves every problem of a pack (default: problems/);
 * --stats adds a coverage table (problems per pattern and difficulty, tests and mutation score per problem).
 * A known-wrong solution recorded in the problem's timeouts.json as too slow (it ran out of
 * RECORD_MARGIN × its budget when recorded; the record's fingerprint still matches the wrong code,
 * tests, specs, checker and budget) is not run again; --prove-timeouts runs every one, ignoring the records;
 * --record-timeouts re-runs each one that times out with RECORD_MARGIN × the budget and records
 * those that still do not finish (scripts/lib/timeouts/).
 * The mutation check reads each problem's mutants.json records (js, and py in the Python phase) and
 * runs the mutants only where a record is missing or out of date (see scripts/lib/mutation/check-mutation.ts).
 * One line per problem, one per growth check, a summary line, exit 1 on any failure.
 * The growth check (the reference's measured Big-O against the declared one) runs in
 * its own lane beside the other checks; --no-growth leaves it out. The Python files
 * (solution.py passes, wrong/*.py and starter.py fail) are proved afterwards, in Pyodide
 * runtimes that take both cores, so that they do not slow the JavaScript checks' timed runs;
 * --no-python leaves them out.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { ProblemError, parseProblem } from '../src/domain/problem/parse-problem';
import type { Problem } from '../src/domain/problem/problem.schema';
import { checkGrowth, type GrowthCheck } from './lib/check-growth';
import { formatStats, type StatsRow } from './lib/bank-stats';
import { checkProblem } from './lib/check-problem';
import { checkPython } from './lib/check-python';
import { checkMutation } from './lib/mutation/check-mutation';
import { createLimiter } from './lib/mutation/limiter';
import { readProblemPack } from './lib/read-problem-dir';
import { saveTimeoutRecords, timeoutOptions } from './lib/timeouts/validate-timeouts';

const args = process.argv.slice(2);
const growth = !args.includes('--no-growth');
const python = !args.includes('--no-python');
const withStats = args.includes('--stats');
const proveTimeouts = args.includes('--prove-timeouts');
const recordTimeouts = args.includes('--record-timeouts');
const statsRows: StatsRow[] = [];
let wrongsOnRecord = 0;
const packDir = resolve(args.find((a) => !a.startsWith('--')) ?? 'problems');
const started = performance.now();
let entries: ReturnType<typeof readProblemPack>;
try {
  entries = readProblemPack(packDir);
} catch (error) {
  console.error(`cannot read ${packDir}: ${(error as Error).message}`);
  process.exit(2);
}

type Parsed =
  | { ok: true; problem: Problem; files: Record<string, string>; rel: string }
  | { ok: false; line: string };

const parsed: Parsed[] = entries.map(({ dir, files }) => {
  const rel = dir.startsWith(process.cwd()) ? dir.slice(process.cwd().length + 1) : dir;
  try {
    return { ok: true, problem: parseProblem(rel, files), files, rel };
  } catch (error) {
    const message =
      error instanceof ProblemError ? error.message : `${rel}: ${(error as Error).message}`;
    return { ok: false, line: `✗ ${message}` };
  }
});

async function validateOne(entry: Parsed): Promise<{ ok: boolean; line: string }> {
  if (!entry.ok) return entry;
  const { problem } = entry;
  const t0 = performance.now();
  try {
    const timeouts = timeoutOptions(problem, entry.files, entry.rel, {
      proveTimeouts,
      recordTimeouts,
    });
    const check = await checkProblem(problem, timeouts.options);
    const recorded = recordTimeouts ? saveTimeoutRecords(problem, entry.rel, timeouts, check) : '';
    // JavaScript mutants here; Python's with the other Python proofs, after the timed checks.
    const mutation = await checkMutation(problem, entry.files, entry.rel, { limit: mutantLanes }, [
      'js',
    ]);
    const ms = Math.round(performance.now() - t0);
    const { slug, difficulty, tags } = problem;
    const score = mutation.scores.find((s) => s.language === 'js');
    statsRows.push({
      slug,
      difficulty,
      tags,
      visible: check.tests - check.hidden,
      hidden: check.hidden,
      ...(score && { killed: score.killed, mutants: score.total }),
    });
    const failures = [...timeouts.failures, ...check.failures, ...mutation.failures];
    const rerun = mutation.reran.length
      ? ` (mutants.json record missing or out of date, mutants run: \`npm run mutate -- ${slug} --write\` records them)`
      : '';
    const notes = `${rerun}${timeouts.note(check)}${recorded}`;
    if (failures.length)
      return { ok: false, line: `✗ ${problem.slug}: ${failures.join('; ')}${notes}` };
    const mutants = score ? `, ${score.killed}/${score.total} mutants killed` : '';
    wrongsOnRecord += check.wrongOnRecord;
    const onRecord = check.wrongOnRecord ? ` (${check.wrongOnRecord} too slow on record)` : '';
    return {
      ok: true,
      line: `✓ ${problem.slug} (${check.tests} tests, ${check.wrongRejected} wrong rejected${onRecord}${mutants}, ${ms} ms)${notes}`,
    };
  } catch (error) {
    return { ok: false, line: `✗ ${problem.slug}: ${(error as Error).message}` };
  }
}

const GROWTH_MARK: Record<GrowthCheck['status'], string> = {
  match: '✓',
  tolerated: '≈',
  skipped: '–',
  mismatch: '✗',
  unmeasurable: '✗',
};

async function growthOne(entry: Parsed): Promise<GrowthCheck | null> {
  if (!entry.ok) return null;
  let check: GrowthCheck;
  try {
    check = await checkGrowth(entry.problem);
  } catch (error) {
    check = { status: 'unmeasurable', detail: (error as Error).message, ms: 0 };
  }
  const took = check.ms ? ` (${check.ms} ms)` : '';
  console.log(
    `  ${GROWTH_MARK[check.status]} growth ${entry.problem.slug}: ${check.detail}${took}`,
  );
  return check;
}

/** Runs `task` over every entry in `lanes` concurrent lanes, keeping results in entry order. */
async function inLanes<T>(lanes: number, task: (entry: Parsed) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(parsed.length);
  let next = 0;
  const lane = async () => {
    while (next < parsed.length) {
      const i = next++;
      out[i] = await task(parsed[i] as Parsed);
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  return out;
}

// The growth lane runs beside the check lanes; its low-quantile timing tolerates the busy cores.
const cores = availableParallelism();
const checkLanes = Math.max(1, Math.min(cores, 4));
const mutantLanes = createLimiter(cores);
let growthSeconds = 0;
const [results, growthResults] = await Promise.all([
  inLanes(checkLanes, async (entry) => {
    const result = await validateOne(entry);
    console.log(result.line);
    return result;
  }),
  growth
    ? inLanes(1, growthOne).finally(() => (growthSeconds = (performance.now() - started) / 1000))
    : Promise.resolve(parsed.map(() => null)),
]);

// Python after JavaScript: two Pyodide runtimes take both cores.
const pythonStarted = performance.now();
let pythonSeconds = 0;
const pythonFailed = python
  ? await inLanes(2, async (entry) => {
      if (!entry.ok || !entry.problem.python) return false;
      const { problem } = entry;
      const failures = await checkPython(problem);
      const mutation = failures.length
        ? null
        : await checkMutation(problem, entry.files, entry.rel, { limit: mutantLanes }, ['py']);
      failures.push(...(mutation?.failures ?? []));
      const score = mutation?.scores[0];
      const row = statsRows.find((r) => r.slug === problem.slug);
      if (row && score) Object.assign(row, { pyKilled: score.killed, pyMutants: score.total });
      const count = problem.python?.wrong.length ?? 0;
      const mutants = score ? `, ${score.killed}/${score.total} mutants killed` : '';
      const rerun = mutation?.reran.length
        ? ` (mutants.json py record missing or out of date, mutants run: \`npm run mutate -- ${problem.slug} --language py --write\` records them)`
        : '';
      console.log(
        failures.length
          ? `✗ ${problem.slug} (Python): ${failures.join('; ')}${rerun}`
          : `✓ ${problem.slug} (Python: solution passes, ${count} wrong and the starter fail${mutants})${rerun}`,
      );
      return failures.length > 0;
    }).finally(() => (pythonSeconds = (performance.now() - pythonStarted) / 1000))
  : parsed.map(() => false);

const growthFailed = growthResults.map(
  (g) => g !== null && (g.status === 'mismatch' || g.status === 'unmeasurable'),
);
const failed = results.filter((r, i) => !r.ok || growthFailed[i] || pythonFailed[i]).length;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (growth) {
  const count = (status: GrowthCheck['status']) =>
    growthResults.filter((g) => g?.status === status).length;
  const bad = count('mismatch') + count('unmeasurable');
  console.log(
    `\ngrowth: ${count('match')} match, ${count('tolerated')} tolerated (a neighbouring class that fits nearly as well), ${count('skipped')} skipped, ${bad} failed (lane ${growthSeconds.toFixed(1)} s)`,
  );
}
if (python)
  console.log(
    `python: ${parsed.filter((e) => e.ok && e.problem.python).length} problems with Python files, ${pythonFailed.filter(Boolean).length} failed (phase ${pythonSeconds.toFixed(1)} s)`,
  );
if (wrongsOnRecord)
  console.log(
    `timeouts: ${wrongsOnRecord} too-slow wrong solutions taken from current timeouts.json records, not run (--prove-timeouts runs them)`,
  );
if (withStats) console.log(`\n${formatStats(statsRows)}\n`);
console.log(
  `${growth ? '' : '\n'}problems: ${results.length - failed} passed, ${failed} failed (${seconds} s)`,
);
process.exit(failed > 0 || results.length === 0 ? 1 : 0);
