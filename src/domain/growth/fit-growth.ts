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
  /** Root mean square of the relative error (0 = perfect). */
  error: number;
}

export interface GrowthFit {
  best: FitClass;
  /** 0–1: how clearly the best model beats the others and fits the points. */
  confidence: number;
  fits: ModelFit[];
}

/** Least squares for t = a + b·g with a, b ≥ 0, weighted by 1/t² so every size counts alike. */
function fitModel(points: readonly GrowthPoint[], model: FitClass): ModelFit {
  const g = GROWTH[model];
  const raw = points.map((p) => g(p.n));
  const scale = Math.max(...raw);
  if (!Number.isFinite(scale) || scale > 1e250) return { model, a: 0, b: 0, error: Infinity };
  // Scaled to [0, 1] so that squares of n³ or 2ⁿ terms stay finite.
  const xs = raw.map((x) => x / scale);
  const ys = points.map((p) => Math.max(p.ms, 1e-6));
  const ws = ys.map((y) => 1 / (y * y));
  const sum = (f: (i: number) => number) => ys.reduce((acc, _y, i) => acc + f(i), 0);
  const sw = sum((i) => ws[i] as number);
  const sx = sum((i) => (ws[i] as number) * (xs[i] as number));
  const sy = sum((i) => (ws[i] as number) * (ys[i] as number));
  const sxx = sum((i) => (ws[i] as number) * (xs[i] as number) ** 2);
  const sxy = sum((i) => (ws[i] as number) * (xs[i] as number) * (ys[i] as number));
  const det = sw * sxx - sx * sx;
  let a: number;
  let b: number;
  if (model === '1' || Math.abs(det) < 1e-300 * Math.max(1, sw * sxx)) {
    a = sy / sw;
    b = 0;
  } else {
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
  const error = Math.sqrt(sum((i) => (((ys[i] as number) - (a + b * (xs[i] as number))) / (ys[i] as number)) ** 2) / ys.length);
  return { model, a, b: b / scale, error: Number.isFinite(error) ? error : Infinity };
}

/**
 * Picks the growth class that best explains measured times. A more complex model
 * must beat a simpler one clearly (by `margin`) before it is preferred, since
 * extra curvature can always soak up a little noise.
 */
export function fitGrowth(points: readonly GrowthPoint[], margin = 0.75): GrowthFit {
  if (points.length < 3) throw new Error('need at least 3 sizes to fit a growth curve');
  const fits = FIT_CLASSES.map((model) => fitModel(points, model));
  let best = fits[0] as ModelFit;
  for (const fit of fits.slice(1)) {
    if (fit.error < best.error * margin) best = fit;
  }
  const others = fits.filter((f) => f !== best).map((f) => f.error);
  const runnerUp = Math.min(...others);
  const separation = runnerUp > 0 && Number.isFinite(best.error) ? 1 - best.error / runnerUp : 0;
  const quality = 1 / (1 + 4 * best.error);
  const confidence = Math.max(0, Math.min(1, separation * quality));
  return { best: best.model, confidence: Math.round(confidence * 100) / 100, fits };
}

/** The fitted time at n, for drawing a model's curve beside the measured points. */
export function predictMs(fit: ModelFit, n: number): number {
  return fit.a + fit.b * GROWTH[fit.model](n);
}
