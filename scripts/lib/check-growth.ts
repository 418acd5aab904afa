import { FIT_CLASSES, type FitClass } from '../../src/domain/growth/growth-models';
import { COMPLEXITY_LABELS, parseComplexity } from '../../src/domain/problem/complexity';
import type { Problem } from '../../src/domain/problem/problem.schema';
import type { MeasurePlan } from '../../src/runner/measure-plan';
import type { GrowthReport } from '../../src/runner/measure-report';
import { measureGrowth } from '../../src/runner/measure-session';
import { nodeSandbox } from './node-sandbox';

/**
 * The validator's first look is cheap: 0.8 s of timed sizes up to 2^16, with
 * 15 ms of sampling per size. Only a result that disagrees with the declared
 * class, or that spans too few sizes to mean much, is measured again with the
 * full 3 s budget the app uses, so that a noisy first pass cannot fail a problem.
 */
export const QUICK_GROWTH: { budgetMs: number; plan: Partial<MeasurePlan> } = {
  budgetMs: 800,
  plan: { maxN: 1 << 16, sampleMs: 15 },
};
export const FULL_GROWTH: { budgetMs: number; plan: Partial<MeasurePlan> } = {
  budgetMs: 3000,
  plan: {},
};
/** A neighbouring class is accepted when the declared class fits the timings within this factor of the best fit's error. */
export const NEIGHBOUR_ERROR_RATIO = 1.5;
/**
 * Looser for neighbours that differ by a log factor only (1 / log n, n / n log n):
 * caches and GC bend a linear curve about as much as a log factor does, which a
 * whole factor of n (n log n / n², n² / n³) never imitates. Since the schedule
 * times linear code up to 2^18 (it used to stop at 8192), a series crosses the
 * cache sizes where the cost per element climbs ~10 % a doubling before it
 * settles again: valid-parentheses' stack scan measured n 0.21 against n log n
 * 0.06 (3.5×) on a loaded machine, so 4× rather than 3×.
 */
export const LOG_NEIGHBOUR_ERROR_RATIO = 4;
const LOG_PAIRS = new Set(['1|log n', 'n|n log n']);
/** A first pass is trusted only when its largest size is at least this many times its smallest. */
export const MIN_SPAN = 16;

export interface GrowthCheck {
  status: 'match' | 'tolerated' | 'skipped' | 'mismatch' | 'unmeasurable';
  /** One readable line: what was declared, what was measured, and why it passes or not. */
  detail: string;
  ms: number;
}

/**
 * The tolerance rule: the measured class equals the declared one, or it is the
 * neighbouring class (1 < log n < n < n log n < n² < n³ < 2ⁿ) and the declared
 * class's own curve fits the timings nearly as well: its relative error is
 * within 1.5× the best fit's, or 4× for neighbours a log factor apart. Timings
 * cannot always separate n from n log n (caches and GC bend a linear curve), but
 * a declared class that fits clearly worse is a real disagreement.
 */
export function agrees(declared: FitClass, report: GrowthReport): 'match' | 'tolerated' | false {
  if (!report.ok) return false;
  if (report.best === declared) return 'match';
  const distance = Math.abs(FIT_CLASSES.indexOf(report.best) - FIT_CLASSES.indexOf(declared));
  const fitError = (model: FitClass) =>
    report.fit.fits.find((f) => f.model === model)?.error ?? Infinity;
  const pair = [declared, report.best]
    .sort((p, q) => FIT_CLASSES.indexOf(p) - FIT_CLASSES.indexOf(q))
    .join('|');
  const ratio = LOG_PAIRS.has(pair) ? LOG_NEIGHBOUR_ERROR_RATIO : NEIGHBOUR_ERROR_RATIO;
  return distance === 1 && fitError(declared) <= ratio * fitError(report.best)
    ? 'tolerated'
    : false;
}

function describe(report: GrowthReport, withErrors: boolean): string {
  if (!report.ok) return report.reason;
  const sizes = report.points.length
    ? `, n = ${report.points[0]?.n}…${report.points[report.points.length - 1]?.n}`
    : '';
  const errors = report.fit.fits
    .filter((f) => Number.isFinite(f.error))
    .map((f) => `${f.model} ${f.error.toFixed(2)}`);
  const detail = withErrors ? `; relative fit errors ${errors.join(', ')}` : '';
  return `measured ${COMPLEXITY_LABELS[report.best]} (confidence ${report.confidence.toFixed(2)}${sizes}${detail})`;
}

/**
 * Checks that the reference solution's measured growth matches the declared
 * time complexity, or its `measuredAs` when `time` has several variables (O(n·k),
 * O(V + E)). Skipped when the problem declares `measuredException`; a class a
 * measurement cannot tell, with neither field, fails.
 */
export async function checkGrowth(
  problem: Problem,
  quick = QUICK_GROWTH,
  full = FULL_GROWTH,
): Promise<GrowthCheck> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const { time, measuredAs, measuredException } = problem.complexity;
  const declaredText = measuredAs ? `${time} (measured as ${measuredAs})` : time;
  if (measuredException)
    return { status: 'skipped', detail: `${time} not compared: measuredException`, ms: 0 };
  const parsed = parseComplexity(measuredAs ?? time);
  if (parsed === null || parsed === 'n!') {
    return {
      status: 'unmeasurable',
      detail: `${time} is not one class a measurement can tell: declare complexity.measuredAs (the class the generator's inputs show) or complexity.measuredException (why it cannot be measured)`,
      ms: 0,
    };
  }
  const declared: FitClass = parsed;
  const measure = (settings: typeof quick) =>
    measureGrowth(problem, nodeSandbox, {
      code: problem.solution,
      language: 'js',
      budgetMs: settings.budgetMs,
      plan: settings.plan,
    });
  let report = await measure(quick);
  let verdict = agrees(declared, report);
  const span = report.points.length
    ? (report.points[report.points.length - 1]?.n ?? 0) / (report.points[0]?.n ?? 1)
    : 0;
  if (!verdict || span < MIN_SPAN) {
    report = await measure(full);
    verdict = agrees(declared, report);
  }
  if (verdict)
    return {
      status: verdict,
      detail: `${declaredText}: ${describe(report, verdict === 'tolerated')}`,
      ms: elapsed(),
    };
  if (!report.ok) {
    return {
      status: 'unmeasurable',
      detail: `declared ${declaredText}, but ${describe(report, false)}; fix generator.js or add complexity.measuredException`,
      ms: elapsed(),
    };
  }
  return {
    status: 'mismatch',
    detail: `declared ${declaredText}, ${describe(report, true)}; fix the declaration or generator.js, or add complexity.measuredException`,
    ms: elapsed(),
  };
}
