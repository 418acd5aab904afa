/**
 * Which input sizes to time, and when to stop: pure rules over the timings so
 * far, so the schedule can be tested with made-up numbers.
 */
import { findCliff } from '../domain/growth/growth-cliff';

export interface MeasurePlan {
  /** Wall-clock budget of one series (one solution), sandbox start-up included. */
  budgetMs: number;
  startN: number;
  maxN: number;
  /** Time the sandbox spends on timed batches at each size. */
  sampleMs: number;
  minBatchMs: number;
  maxSamples: number;
  /** A size that runs longer than this share of the budget is cut off (the sandbox is terminated). */
  sizeShare: number;
  /** Stop before a size whose single call is predicted to take more than this share of the budget. */
  callShare: number;
  /** Sizes to time instead of the adaptive schedule (the reference follows the user's sizes). */
  sizes?: readonly number[];
}

export const DEFAULT_MEASURE_BUDGET_MS = 3000;
/** Fewer timed sizes than this and no class is reported. */
export const MIN_SIZES = 4;
/** A local growth exponent above this (faster than n³) switches from doubling to small additive steps. */
export const EXPLOSIVE_EXPONENT = 3.5;
/** In additive mode each step aims to multiply the time per call by about this much. */
export const STEP_RATIO = 2.5;

/** The plan for a budget: the sample time and batch length scale with it. */
export function planFor(
  budgetMs = DEFAULT_MEASURE_BUDGET_MS,
  overrides: Partial<MeasurePlan> = {},
): MeasurePlan {
  const sampleMs = Math.max(10, budgetMs * 0.03);
  return {
    budgetMs,
    startN: 4,
    maxN: 1 << 18,
    sampleMs,
    minBatchMs: 1,
    maxSamples: 30,
    sizeShare: 0.4,
    callShare: 0.1,
    ...overrides,
  };
}

/** What the schedule needs to know about a timed size. */
export interface SizeRecord {
  n: number;
  /** Median time of one call. */
  ms: number;
  generateMs: number;
  spentMs: number;
}

export type NextStep = { n: number; capMs: number } | { stop: string };

/** The next size after `done` and the growth of the time per call expected on the way there. */
export function nextSize(done: readonly SizeRecord[]): { n: number; ratio: number } {
  const last = done[done.length - 1] as SizeRecord;
  const prev = done[done.length - 2];
  if (!prev) return { n: last.n * 2, ratio: 2 };
  const r = Math.max(1, last.ms / Math.max(prev.ms, 1e-9));
  const exponent = Math.log(r) / Math.log(last.n / prev.n);
  // Once additive, stay additive while growth over the last two steps is still explosive: one noisy step
  // must not double n under an exponential; but when the jump into additive steps was one slow size, double again.
  const before = done[done.length - 3];
  const lasting =
    !before ||
    Math.log(Math.max(last.ms, 1e-12) / Math.max(before.ms, 1e-12)) / Math.log(last.n / before.n) >
      EXPLOSIVE_EXPONENT;
  const additive = last.n < prev.n * 2 && lasting;
  if (additive || exponent > EXPLOSIVE_EXPONENT) {
    // Growth this steep is exponential-like: step so the next call is ~STEP_RATIO× slower, never more than doubling n.
    // The growth per unit of n is read over two steps when there are two, so that one noisy size cannot stall it.
    const from = additive && before ? before : prev;
    const perUnit = Math.max(1, last.ms / Math.max(from.ms, 1e-9)) ** (1 / (last.n - from.n));
    const step =
      perUnit > 1.001
        ? Math.round(Math.log(STEP_RATIO) / Math.log(perUnit))
        : Math.ceil(last.n / 4);
    const clamped = Math.max(1, Math.min(last.n, step));
    return { n: last.n + clamped, ratio: perUnit ** clamped };
  }
  return { n: last.n * 2, ratio: 2 ** Math.min(Math.max(exponent, 1), EXPLOSIVE_EXPONENT) };
}

/** Time a size is expected to take in the sandbox: per-size overhead growing with n, plus warm-up and samples. */
export function predictSpentMs(
  last: SizeRecord,
  n: number,
  callMs: number,
  plan: MeasurePlan,
): number {
  const calls =
    Math.max(plan.sampleMs, callMs * 3) + Math.min(plan.sampleMs * 0.3, callMs) + callMs;
  const overhead =
    Math.max(0, last.spentMs - Math.max(plan.sampleMs * 1.3, last.ms * 4)) + last.generateMs;
  return calls + (overhead * n) / last.n;
}

/**
 * Decides the next size to time, or why to stop: the largest size is reached,
 * one call would be too slow, or the rest of the budget cannot hold the size.
 * `capMs` is how long the trusted side lets the size run before cutting it off.
 */
export function nextStep(
  done: readonly SizeRecord[],
  elapsedMs: number,
  plan: MeasurePlan,
): NextStep {
  const remaining = plan.budgetMs - elapsedMs;
  const cap = (spare: number) => Math.max(0, Math.min(spare, plan.budgetMs * plan.sizeShare));
  if (remaining <= 0) return { stop: 'the time budget is spent' };
  const last = done[done.length - 1];
  if (plan.sizes) {
    const n = plan.sizes[done.length];
    if (n === undefined) return { stop: 'every size was timed' };
    if (!last) return { n, capMs: cap(remaining) };
    const callMs = last.ms * Math.max(1, n / last.n);
    if (callMs > plan.budgetMs * plan.callShare)
      return { stop: `one call at n = ${n} would take about ${Math.round(callMs)} ms` };
    return { n, capMs: cap(remaining) };
  }
  if (!last) return { n: plan.startN, capMs: cap(remaining) };
  if (last.n >= plan.maxN) return { stop: `reached the largest size, n = ${plan.maxN}` };
  // Past a jump in the time per call, larger sizes time the memory system rather than the code (see growth-cliff).
  const cliff = findCliff(done);
  if (cliff)
    return {
      stop: `the time per call jumped ${cliff.ratio.toFixed(1)}× from n = ${cliff.from} to n = ${cliff.to} (memory effects, not the code): the fit stops at n = ${cliff.from}`,
    };
  const { n, ratio } = nextSize(done);
  const callMs = last.ms * ratio;
  if (callMs > plan.budgetMs * plan.callShare)
    return { stop: `one call at n = ${n} would take about ${Math.round(callMs)} ms` };
  if (predictSpentMs(last, n, callMs, plan) > remaining)
    return { stop: 'the time budget is spent' };
  return { n: Math.min(n, plan.maxN), capMs: cap(remaining) };
}
