import { fitGrowth, type GrowthFit, type GrowthPoint } from '../domain/growth/fit-growth';
import type { FitClass } from '../domain/growth/growth-models';
import type { ErrorInfo } from './protocol';
import { MIN_SIZES } from './measure-plan';

/** Why a series has no class. */
export type MeasureFailure =
  | 'compile-error'
  | 'generator'
  | 'runtime-error'
  | 'timeout'
  | 'crashed'
  | 'no-result'
  | 'too-few-sizes'
  | 'stopped';

/** One solution's growth: a class with its points, or a reason it could not be measured. */
export type SeriesReport =
  | {
      ok: true;
      best: FitClass;
      confidence: number;
      points: GrowthPoint[];
      fit: GrowthFit;
      stop: string;
    }
  | { ok: false; failure: MeasureFailure; reason: string; points: GrowthPoint[] };

/** The user's series at the top level (`ok`, `best`, `confidence`, `points` or `reason`), the reference beside it. */
export type GrowthReport = SeriesReport & {
  reference?: SeriesReport;
  budgetMs: number;
  totalMs: number;
};

/** How a series ended before the verdict: normally, or with a failure at size n. */
export type SeriesEnd =
  | { kind: 'stopped-growing'; stop: string }
  | { kind: 'cut-off'; n: number; capMs: number }
  | {
      kind: 'failed';
      failure: Exclude<MeasureFailure, 'no-result' | 'too-few-sizes'>;
      n?: number;
      error?: ErrorInfo;
      message?: string;
    };

const describe = (error: ErrorInfo | undefined) =>
  error ? `${error.name}: ${error.message}` : 'unknown error';

function failedReason(end: Extract<SeriesEnd, { kind: 'failed' }>): string {
  const at = end.n === undefined ? '' : ` at n = ${end.n}`;
  switch (end.failure) {
    case 'compile-error':
      return `could not measure: the code does not load: ${describe(end.error)}`;
    case 'generator':
      return `could not measure: the problem's input generator failed${at}: ${describe(end.error)}`;
    case 'runtime-error':
      return `could not measure: the solution threw${at}: ${describe(end.error)}`;
    case 'timeout':
      return `could not measure: the solution timed out${at}, the smallest size${end.message ? ` (${end.message})` : ''}`;
    case 'crashed':
      return `could not measure: the sandbox crashed${at}: ${end.message ?? 'unknown reason'} (out of memory?)`;
    case 'stopped':
      return 'stopped by you';
  }
}

/**
 * Turns a series' timed sizes and how it ended into a report. Anything that
 * makes the class untrustworthy (a throw, a crash, a time-out at the smallest
 * size, fewer than MIN_SIZES sizes) becomes "could not measure: …" rather than a class.
 */
export function judgeSeries(points: GrowthPoint[], end: SeriesEnd): SeriesReport {
  if (end.kind === 'failed')
    return { ok: false, failure: end.failure, reason: failedReason(end), points };
  const stop =
    end.kind === 'cut-off'
      ? `n = ${end.n} ran past its ${Math.round(end.capMs)} ms share and was cut off`
      : end.stop;
  if (points.length < MIN_SIZES) {
    const timed = points.length === 1 ? '1 size was' : `${points.length} sizes were`;
    return {
      ok: false,
      failure: 'too-few-sizes',
      reason: `could not measure: only ${timed} timed (${stop}); at least ${MIN_SIZES} are needed`,
      points,
    };
  }
  const fit = fitGrowth(points);
  return { ok: true, best: fit.best, confidence: fit.confidence, points, fit, stop };
}

/**
 * "Returns nothing" is only a fault when the reference returns something: the
 * user's series then gives no class (a solution that does no work is flat).
 */
export function checkReturns(
  user: SeriesReport,
  userReturnedNothing: boolean,
  referenceReturnedNothing: boolean | undefined,
): SeriesReport {
  if (!user.ok || !userReturnedNothing || referenceReturnedNothing !== false) return user;
  return {
    ok: false,
    failure: 'no-result',
    reason:
      'could not measure: the solution returns nothing (undefined) where the reference returns a value — it does not do the work yet',
    points: user.points,
  };
}
