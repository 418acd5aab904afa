import type { GrowthPoint } from '../domain/growth/fit-growth';
import type { Problem } from '../domain/problem/problem.schema';
import { MIN_SIZES, nextStep, planFor, type MeasurePlan, type SizeRecord } from './measure-plan';
import {
  checkReturns,
  judgeSeries,
  type GrowthReport,
  type SeriesEnd,
  type SeriesReport,
} from './measure-report';
import type { RunLanguage } from './protocol';
import type { SandboxFactory, SandboxHandle } from './run-session';

export type MeasurableProblem = Pick<Problem, 'entry' | 'generator'>;

export interface MeasureProgress {
  series: 'user' | 'reference';
  /** The size just timed and its time per call. */
  n: number;
  ms: number;
  /** This series' points so far. */
  points: GrowthPoint[];
  /** 0–1: time used of the whole measurement's budget (user and reference). */
  fraction: number;
}

export interface MeasureOptions {
  code: string;
  language: RunLanguage;
  /** Budget of the timed sizes of the user's series (default 3000 ms); sandbox start-up and loading come on top. */
  budgetMs?: number;
  /** Also time this solution (normally the problem's reference) on the same sizes, in a second sandbox. */
  reference?: { code: string; language?: RunLanguage; budgetMs?: number };
  /** Seed of the generator's PRNG (default 42, as generateArgs). */
  seed?: number;
  signal?: AbortSignal;
  onProgress?: (progress: MeasureProgress) => void;
  now?: () => number;
  /** Overrides of the size schedule (tests, the validator's cheaper check). */
  plan?: Partial<MeasurePlan>;
}

type Raced<T> =
  | { kind: 'value'; value: T }
  | { kind: 'timeout' }
  | { kind: 'stopped' }
  | { kind: 'crashed'; message: string };

interface SeriesRun {
  report: SeriesReport;
  /** Every timed size returned undefined; undefined when nothing was timed. */
  returnedNothing: boolean | undefined;
}

interface SeriesOptions {
  code: string;
  language: RunLanguage;
  plan: MeasurePlan;
  seed: number;
  signal: AbortSignal | undefined;
  now: () => number;
  onSize: (n: number, ms: number, points: GrowthPoint[]) => void;
}

/** Races a sandbox call against a time cap, the stop signal and a crash; the caller disposes the sandbox. */
function race<T>(
  promise: Promise<T>,
  capMs: number,
  handle: SandboxHandle,
  signal: AbortSignal | undefined,
): Promise<Raced<T>> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ kind: 'timeout' }), Math.max(0, capMs));
    const done = (outcome: Raced<T>) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const onAbort = () => done({ kind: 'stopped' });
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    handle.crashed.then((message) => done({ kind: 'crashed', message }));
    promise.then(
      (value) => done({ kind: 'value', value }),
      (error: unknown) =>
        done({ kind: 'crashed', message: String((error as Error)?.message ?? error) }),
    );
  });
}

/** A raced outcome other than a value, as the end of a series at size n (undefined n: while loading). */
function interrupted(
  outcome: Exclude<Raced<unknown>, { kind: 'value' }>,
  n: number | undefined,
  timed: number,
  capMs: number,
): SeriesEnd {
  if (outcome.kind === 'stopped') return { kind: 'failed', failure: 'stopped' };
  if (outcome.kind === 'timeout') {
    if (n !== undefined && timed > 0) return { kind: 'cut-off', n, capMs };
    return { kind: 'failed', failure: 'timeout', n, message: `ran past ${Math.round(capMs)} ms` };
  }
  if (n !== undefined && timed >= MIN_SIZES)
    return { kind: 'stopped-growing', stop: `the sandbox crashed at n = ${n}: ${outcome.message}` };
  return { kind: 'failed', failure: 'crashed', n, message: outcome.message };
}

/** Times one solution at growing sizes in one fresh sandbox, then judges the series. */
async function measureSeries(
  problem: MeasurableProblem,
  acquire: SandboxFactory,
  o: SeriesOptions,
): Promise<SeriesRun> {
  const { plan } = o;
  const records: SizeRecord[] = [];
  const points: GrowthPoint[] = [];
  let nothing = true;
  let end: SeriesEnd | undefined;
  const handle = await acquire();
  const firstCap = plan.budgetMs * plan.sizeShare;
  try {
    const entry = {
      kind: problem.entry.kind,
      name: problem.entry.name,
      paramShapes: problem.entry.params.map((p) => p.shape),
      returnShape: problem.entry.returns.shape,
    };
    const loaded = await race(
      handle.api.load({ code: o.code, language: o.language, entry }),
      firstCap,
      handle,
      o.signal,
    );
    if (loaded.kind !== 'value') end = interrupted(loaded, undefined, 0, firstCap);
    else if (!loaded.value.ok)
      end = { kind: 'failed', failure: 'compile-error', error: loaded.value.error };
    if (!end) {
      const prepared = await race(
        handle.api.prepareMeasure(problem.generator),
        firstCap,
        handle,
        o.signal,
      );
      if (prepared.kind !== 'value') end = interrupted(prepared, undefined, 0, firstCap);
      else if (!prepared.value.ok)
        end = { kind: 'failed', failure: 'generator', error: prepared.value.error };
    }
    // The budget covers the timed sizes; starting the sandbox and loading the code come on top.
    const started = o.now();
    while (!end) {
      const step = nextStep(records, o.now() - started, plan);
      if ('stop' in step) {
        end = { kind: 'stopped-growing', stop: step.stop };
        break;
      }
      const request = {
        n: step.n,
        seed: o.seed,
        sampleMs: plan.sampleMs,
        minBatchMs: plan.minBatchMs,
        maxSamples: plan.maxSamples,
      };
      const raced = await race(handle.api.measureSize(request), step.capMs, handle, o.signal);
      if (raced.kind !== 'value') end = interrupted(raced, step.n, records.length, step.capMs);
      else if (!raced.value.ok) {
        const failure = raced.value.stage === 'generate' ? 'generator' : 'runtime-error';
        end = { kind: 'failed', failure, n: step.n, error: raced.value.error };
      } else {
        const { timing } = raced.value;
        // A size too fast for the clock (0 ms) is no point to fit; the schedule treats it as no growth.
        const ms = timing.ms > 0 ? timing.ms : (records[records.length - 1]?.ms ?? 1e-6);
        records.push({ n: timing.n, ms, generateMs: timing.generateMs, spentMs: timing.spentMs });
        if (timing.ms > 0) points.push({ n: timing.n, ms: timing.ms });
        nothing &&= timing.returnedNothing;
        o.onSize(timing.n, timing.ms, [...points]);
      }
    }
  } finally {
    handle.dispose();
  }
  return {
    report: judgeSeries(points, end ?? { kind: 'stopped-growing', stop: 'ended' }),
    returnedNothing: records.length > 0 ? nothing : undefined,
  };
}

/**
 * Measures how the user's code grows: times it at growing input sizes from the
 * problem's generator within a budget, fits the growth classes, and times the
 * reference on the same sizes for comparison. A fresh sandbox per series; a
 * size that runs past its share of the budget is cut off (the sandbox is
 * terminated) and the sizes before it are kept.
 */
export async function measureGrowth(
  problem: MeasurableProblem,
  acquire: SandboxFactory,
  options: MeasureOptions,
): Promise<GrowthReport> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const budgetMs = options.budgetMs ?? planFor().budgetMs;
  const referenceBudgetMs = options.reference ? (options.reference.budgetMs ?? budgetMs / 2) : 0;
  const total = budgetMs + referenceBudgetMs;
  const common = { seed: options.seed ?? 42, signal: options.signal, now };
  const progress =
    (series: MeasureProgress['series']) => (n: number, ms: number, points: GrowthPoint[]) =>
      options.onProgress?.({
        series,
        n,
        ms,
        points,
        fraction: Math.min(1, (now() - started) / total),
      });

  const user = await measureSeries(problem, acquire, {
    ...common,
    code: options.code,
    language: options.language,
    plan: planFor(budgetMs, options.plan),
    onSize: progress('user'),
  });
  let reference: SeriesRun | undefined;
  const stopped = !user.report.ok && user.report.failure === 'stopped';
  if (options.reference && !stopped) {
    const sizes =
      user.report.points.length >= MIN_SIZES ? user.report.points.map((p) => p.n) : undefined;
    reference = await measureSeries(problem, acquire, {
      ...common,
      code: options.reference.code,
      language: options.reference.language ?? 'js',
      plan: planFor(referenceBudgetMs, { ...options.plan, ...(sizes ? { sizes } : {}) }),
      onSize: progress('reference'),
    });
  }
  const report = checkReturns(
    user.report,
    user.returnedNothing === true,
    reference?.returnedNothing,
  );
  return {
    ...report,
    ...(reference ? { reference: reference.report } : {}),
    budgetMs: total,
    totalMs: now() - started,
  };
}
