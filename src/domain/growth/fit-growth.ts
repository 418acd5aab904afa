import { findCliff, type Cliff } from './growth-cliff';
import { FIT_CLASSES, GROWTH, type FitClass } from './growth-models';

export interface GrowthPoint {
  n: number;
  ms: number;
}

export interface ModelFit {
  model: FitClass;
  /** t(n) ≈ a + b·g(n) */
  a: number;
  b: number;
  /** For "2^n": the fitted base c of g(n) = cⁿ (naive Fibonacci grows as 1.618ⁿ, subsets as 2ⁿ). */
  base?: number;
  /** Root mean square of the relative error (0 = perfect), without the one point it fits worst when that point is an outlier. */
  error: number;
}

export interface GrowthFit {
  best: FitClass;
  /** 0–1: how clearly the best model beats the others and fits the points. */
  confidence: number;
  fits: ModelFit[];
  /** A jump in the times (see growth-cliff): the sizes past it were left out of the fit. */
  cliff?: Cliff;
}

/** Bases tried for the exponential class: 1.4ⁿ … 4ⁿ, log-spaced. */
const EXP_BASES = Array.from({ length: 25 }, (_, i) => 1.4 * (4 / 1.4) ** (i / 24));
/** A point whose error is this many times the median error is an outlier (a GC pause, a busy core). */
const OUTLIER_FACTOR = 3;
/** Two fitted curves closer than this (relative RMS over the measured sizes) tell the same story. */
const SAME_CURVE = 0.05;
/**
 * A growing class must rise at least this much over the measured sizes to beat the constant one
 * (binary search rises about 2× from n = 4 to 2^18; a constant-time call drifts by 10–30 %).
 */
const MIN_RISE = 1.5;

interface Solved {
  a: number;
  b: number;
  error: number;
}

/** Weighted least squares for t = a + b·x with a, b ≥ 0, weighted by 1/t² so every size counts alike. */
function solve(
  xs: readonly number[],
  ys: readonly number[],
  keep: readonly boolean[],
  constant: boolean,
): Solved {
  let sw = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  ys.forEach((y, i) => {
    if (!keep[i]) return;
    const w = 1 / (y * y);
    const x = xs[i] as number;
    sw += w;
    sx += w * x;
    sy += w * y;
    sxx += w * x * x;
    sxy += w * x * y;
  });
  const det = sw * sxx - sx * sx;
  let a = sy / sw;
  let b = 0;
  if (!constant && Math.abs(det) > 1e-300 * Math.max(1, sw * sxx)) {
    b = (sw * sxy - sx * sy) / det;
    a = (sy - b * sx) / sw;
    if (b < 0) {
      b = 0;
      a = sy / sw;
    } else if (a < 0) {
      a = 0;
      b = sxy / sxx;
    }
  }
  let squares = 0;
  let kept = 0;
  ys.forEach((y, i) => {
    if (!keep[i]) return;
    squares += ((y - (a + b * (xs[i] as number))) / y) ** 2;
    kept += 1;
  });
  const error = Math.sqrt(squares / kept);
  return { a, b, error: Number.isFinite(error) ? error : Infinity };
}

/**
 * Fits t = a + b·g(n), then refits without the worst point while it is an
 * outlier: at most one point in four (6+ points only), since interference from
 * other processes or a GC pause can hit more than one size of a series.
 */
function fitShape(
  points: readonly GrowthPoint[],
  g: (n: number) => number,
  constant: boolean,
): Solved & { scale: number } {
  const raw = points.map((p) => g(p.n));
  const scale = Math.max(...raw);
  if (!Number.isFinite(scale) || scale > 1e250) return { a: 0, b: 0, error: Infinity, scale: 1 };
  // Scaled to [0, 1] so that squares of n³ or 2ⁿ terms stay finite.
  const xs = raw.map((x) => x / scale);
  const ys = points.map((p) => Math.max(p.ms, 1e-9));
  const keep = ys.map(() => true);
  let fit = solve(xs, ys, keep, constant);
  const most = points.length < 6 ? 0 : Math.floor(points.length / 4);
  for (let dropped = 0; dropped < most; dropped += 1) {
    const errors = ys.map((y, i) =>
      keep[i] ? Math.abs(y - (fit.a + fit.b * (xs[i] as number))) / y : -1,
    );
    const sorted = errors.filter((e) => e >= 0).sort((p, q) => p - q);
    const worst = errors.indexOf(sorted[sorted.length - 1] as number);
    const typical = sorted[Math.floor(sorted.length / 2)] as number;
    if ((errors[worst] as number) <= OUTLIER_FACTOR * Math.max(typical, 0.02)) break;
    keep[worst] = false;
    fit = solve(xs, ys, keep, constant);
  }
  return { ...fit, scale };
}

function fitModel(points: readonly GrowthPoint[], model: FitClass): ModelFit {
  if (model !== '2^n') {
    const { a, b, error, scale } = fitShape(points, GROWTH[model], model === '1');
    return { model, a, b: b / scale, error };
  }
  const at = (base: number): ModelFit => {
    const { a, b, error, scale } = fitShape(points, (n) => base ** n, false);
    return { model, a, b: b / scale, base, error };
  };
  // A coarse grid of bases, then a ternary search between the best one's neighbours.
  const grid = EXP_BASES.map(at);
  const i = grid.reduce((bi, f, j) => (f.error < (grid[bi] as ModelFit).error ? j : bi), 0);
  let lo = EXP_BASES[Math.max(0, i - 1)] as number;
  let hi = EXP_BASES[Math.min(EXP_BASES.length - 1, i + 1)] as number;
  let best = grid[i] as ModelFit;
  for (let step = 0; step < 24 && Number.isFinite(best.error); step += 1) {
    const left = at(lo + (hi - lo) / 3);
    const right = at(hi - (hi - lo) / 3);
    if (left.error < right.error) hi = right.base as number;
    else lo = left.base as number;
    for (const f of [left, right]) if (f.error < best.error) best = f;
  }
  return best;
}

/** Relative RMS distance between two fitted curves over the measured sizes. */
function curveDistance(p: ModelFit, q: ModelFit, points: readonly GrowthPoint[]): number {
  const squares = points.map(({ n }) => {
    const x = predictMs(p, n);
    const y = predictMs(q, n);
    return ((x - y) / Math.max(x, y, 1e-12)) ** 2;
  });
  return Math.sqrt(squares.reduce((s, v) => s + v, 0) / points.length);
}

/**
 * Picks the growth class that best explains measured times. Sizes past a jump in
 * the time per call (see growth-cliff) are left out, and each model drops up to
 * one point in four that it fits far worse than the rest. A more complex model
 * must beat a simpler one clearly (by `margin`) before it is preferred, since
 * extra curvature can always soak up a little noise, and a growing model must
 * rise by MIN_RISE over the sizes to beat the constant one. Confidence compares
 * the best with the runner-up among models whose curves really differ from it
 * (on flat data every model collapses to a constant and none competes).
 */
export function fitGrowth(points: readonly GrowthPoint[], margin = 0.75): GrowthFit {
  if (points.length < 3) throw new Error('need at least 3 sizes to fit a growth curve');
  const sorted = [...points].sort((p, q) => p.n - q.n);
  const cliff = findCliff(sorted);
  const used = cliff ? sorted.filter((p) => p.n <= cliff.from) : sorted;
  const fits = FIT_CLASSES.map((model) => fitModel(used, model));
  // A constant-time call drifts by 10–30 % across sizes (caches, JIT state, a busy core): a growing
  // model that rises less than that over the sizes is a look-alike of the constant one, not a contender.
  const [first, last] = [used[0] as GrowthPoint, used[used.length - 1] as GrowthPoint];
  const rises = (f: ModelFit) => predictMs(f, last.n) >= MIN_RISE * predictMs(f, first.n);
  let best = fits[0] as ModelFit;
  for (const fit of fits.slice(1)) {
    if (rises(fit) && fit.error < best.error * margin) best = fit;
  }
  // A rival is judged by the rule that lost to the best: a more complex one had to beat it by
  // the margin, a simpler one lost by the margin. Look-alikes are no rivals: curves that run
  // with the best one's, and growing models that barely rise.
  const bestRank = FIT_CLASSES.indexOf(best.model);
  const rivals = fits
    .filter(
      (f) =>
        f !== best &&
        Number.isFinite(f.error) &&
        curveDistance(f, best, used) > SAME_CURVE &&
        (f.model === '1' || rises(f)),
    )
    .map((f) => (FIT_CLASSES.indexOf(f.model) > bestRank ? f.error / margin : f.error * margin));
  const runnerUp = Math.min(...rivals);
  const separation = !Number.isFinite(best.error)
    ? 0
    : runnerUp > 0
      ? Math.max(0, 1 - best.error / runnerUp)
      : 0;
  const quality = 1 / (1 + 4 * best.error);
  const confidence = Math.max(0, Math.min(1, separation * quality));
  return {
    best: best.model,
    confidence: Math.round(confidence * 100) / 100,
    fits,
    ...(cliff ? { cliff } : {}),
  };
}

/** The fitted time at n, for drawing a model's curve beside the measured points. */
export function predictMs(fit: ModelFit, n: number): number {
  const g =
    fit.model === '2^n' && fit.base !== undefined
      ? fit.base ** Math.min(n, 1000)
      : GROWTH[fit.model](n);
  return fit.a + fit.b * g;
}
