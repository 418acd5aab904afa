import type { MeasureRequest } from '../protocol';
import { now } from './intrinsics';

/** What the timing loop needs from the loaded entry at one input size. */
export interface MeasureSubject {
  /** A fresh copy of the generated arguments in the shapes user code receives (built outside the timer). */
  prepare(): unknown;
  /** One call of the entry; a returned promise is awaited inside the timer. */
  call(input: unknown): unknown;
  /** Whether a call changed its input; then every timed call gets its own copy. */
  changed(input: unknown): boolean;
  /** Size of one input copy in JSON characters: bounds how many copies a batch may hold. */
  weight: number;
}

export interface SubjectTiming {
  /** Time per call at the lower decile of the batches. */
  ms: number;
  medianMs: number;
  samples: number;
  callsPerBatch: number;
  returnedNothing: boolean;
  mutatesInput: boolean;
}

/** Copies of a mutated input held for one batch, in JSON characters (tens of MB of heap at most). */
export const COPY_BUDGET_CHARS = 8_000_000;
/** Making the copies of a mutated input for one batch may take this many batch lengths. */
export const COPY_TIME_BATCHES = 4;
/** Calibration may run past the warm-up share by this factor before settling for shorter batches. */
export const CALIBRATION_LIMIT = 3;
/** Calls per batch at most, for a call too fast for the clock to see at all. */
export const MAX_BATCH = 1 << 22;
/** Warm-up (calibration included) before the first timed batch, as a share of sampleMs. */
export const WARM_SHARE = 0.3;

/** The next batch length to try while calibrating: aim just past minBatchMs, growing at most 100×. */
export function nextBatchSize(
  calls: number,
  elapsedMs: number,
  minBatchMs: number,
  maxCalls: number,
): number {
  const grown = elapsedMs > 0 ? Math.ceil((calls * minBatchMs * 1.2) / elapsedMs) : calls * 10;
  return Math.max(calls + 1, Math.min(maxCalls, calls * 100, grown));
}

/**
 * Calls per batch for code that mutates its input: each call needs its own copy,
 * made before the timer starts. Bounded by memory, and by the time the copies
 * take (a few batch lengths), so that copying cannot crowd out the timing.
 */
export function copiesPerBatch(weight: number, prepMs: number, minBatchMs: number): number {
  const byMemory = Math.floor(COPY_BUDGET_CHARS / Math.max(1, weight));
  const byTime = prepMs > 0 ? Math.floor((COPY_TIME_BATCHES * minBatchMs) / prepMs) : MAX_BATCH;
  return Math.max(1, Math.min(MAX_BATCH, byMemory, byTime));
}

/**
 * How many batches to time: at least three when calls are quick, fewer when a
 * single call already eats the size's share (a slow size must not hang the run).
 */
export function sampleTarget(batchMs: number, sampleMs: number): number {
  if (batchMs > sampleMs) return 1;
  return batchMs * 3 > sampleMs ? 2 : 3;
}

/**
 * The fast end of the batch times. Interference (another process on the core,
 * a GC pause, the scheduler) only ever adds time, so under load the lower
 * decile tracks the code's own cost far better than the median does.
 */
export function lowQuantile(values: readonly number[], q = 0.1): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(q * (sorted.length - 1))] as number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  try {
    return (
      (typeof value === 'object' || typeof value === 'function') &&
      value !== null &&
      typeof (value as { then?: unknown }).then === 'function'
    );
  } catch {
    return false;
  }
}

/** Keeps results reachable so the engine cannot drop a call whose value is unused. */
let sink: unknown;

/**
 * Times one subject: a probe call (is it async, does it return anything, does it
 * mutate its input), calibration of the batch length to at least minBatchMs,
 * warm-up, then batches of k calls timed with one clock pair each. Reports the
 * median time per call. The clock is injectable so tests can use fake time.
 */
export async function timeSubject(
  subject: MeasureSubject,
  request: MeasureRequest,
  clock: () => number = now,
): Promise<SubjectTiming> {
  const prepStart = clock();
  const shared = subject.prepare();
  const prepMs = clock() - prepStart;
  const probeStart = clock();
  let value = subject.call(shared);
  const async = isThenable(value);
  if (async) value = await value;
  const probeMs = clock() - probeStart;
  const returnedNothing = value === undefined;
  const mutatesInput = subject.changed(shared);
  let maxCalls = mutatesInput
    ? copiesPerBatch(subject.weight, prepMs, request.minBatchMs)
    : MAX_BATCH;

  // Returns [timed ms, wall ms, copying ms]: copies of a mutated input are made outside the timer but count against the size's time.
  const timeBatch = async (calls: number): Promise<[number, number, number]> => {
    const wallStart = clock();
    const inputs = mutatesInput ? Array.from({ length: calls }, () => subject.prepare()) : null;
    const started = clock();
    if (async) {
      for (let i = 0; i < calls; i += 1) sink = await subject.call(inputs ? inputs[i] : shared);
    } else {
      for (let i = 0; i < calls; i += 1) sink = subject.call(inputs ? inputs[i] : shared);
    }
    const ended = clock();
    return [ended - started, ended - wallStart, started - wallStart];
  };

  // Calibrate: grow the batch until it lasts minBatchMs (these batches warm the code up too).
  // A coarse clock can read 0 for one copy, so the cost of copies is re-read from whole batches.
  let calls = 1;
  let batchMs = probeMs;
  let batchWall = probeMs;
  let warmMs = probeMs;
  const warmTarget = request.sampleMs * WARM_SHARE;
  while (
    batchMs < request.minBatchMs &&
    calls < maxCalls &&
    warmMs < warmTarget * CALIBRATION_LIMIT
  ) {
    calls = nextBatchSize(calls, batchMs, request.minBatchMs, maxCalls);
    let copyMs: number;
    [batchMs, batchWall, copyMs] = await timeBatch(calls);
    warmMs += batchWall;
    if (mutatesInput && copyMs > 0)
      maxCalls = Math.min(
        maxCalls,
        Math.max(calls, copiesPerBatch(subject.weight, copyMs / calls, request.minBatchMs)),
      );
  }
  while (warmMs + batchWall <= warmTarget) warmMs += (await timeBatch(calls))[1];

  const perCall: number[] = [];
  const minSamples = Math.min(request.maxSamples, sampleTarget(batchWall, request.sampleMs));
  let spent = 0;
  while (
    perCall.length < request.maxSamples &&
    (perCall.length < minSamples || spent + batchWall <= request.sampleMs)
  ) {
    const [ms, wall] = await timeBatch(calls);
    spent += wall;
    perCall.push(ms / calls);
  }
  void sink;
  // A coarse clock can read 0 for a short batch: such samples say nothing, unless all do.
  const readable = perCall.filter((ms) => ms > 0);
  return {
    ms: readable.length ? lowQuantile(readable) : 0,
    medianMs: median(perCall),
    samples: perCall.length,
    callsPerBatch: calls,
    returnedNothing,
    mutatesInput,
  };
}
