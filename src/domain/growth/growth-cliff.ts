/**
 * Level shifts in measured times. In V8 a structure that outgrows a limit
 * changes regime in one step: an array or a hash table whose backing store no
 * longer fits a regular heap page moves to the large-object space, data spills
 * out of a CPU cache. The time per call then jumps 3–14× within one doubling of
 * n while the doublings before it grew about 2×, and sizes past the jump time
 * the memory system rather than the algorithm (the jump and what follows make
 * a linear function look like n log n). Seen at n = 8192–16384 for hash-set
 * building, prefix sums and even a plain sum over an array.
 */
import type { GrowthPoint } from './fit-growth';

/** A step counts as a jump when its local exponent exceeds the trend before it by this much (2× growth → 3.5×). */
export const CLIFF_EXCESS = 0.8;
/**
 * Only under trends up to n^1.5, where a level shift can pass for a log factor; steeper growth
 * separates its classes by whole factors of n, and exponential growth has rising exponents by nature.
 */
export const CLIFF_MAX_TREND = 1.5;
/** A jump counts only from a time this many times the smallest one: below it, call overhead and timer noise rule. */
export const CLIFF_FLOOR = 20;
/** Points needed before a jump for them to stand on their own. */
export const CLIFF_MIN_KEPT = 6;

export interface Cliff {
  /** The last size before the jump, and the first one after it. */
  from: number;
  to: number;
  /** How many times slower one call became across the jump. */
  ratio: number;
}

const exponent = (p: GrowthPoint, q: GrowthPoint) =>
  Math.log(Math.max(q.ms, 1e-12) / Math.max(p.ms, 1e-12)) / Math.log(q.n / p.n);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The first jump in points sorted by n that has at least CLIFF_MIN_KEPT points
 * before it: a step whose local exponent exceeds the median exponent of the
 * steps before it by CLIFF_EXCESS, starting well above the smallest time, and
 * confirmed by the next size staying up.
 */
export function findCliff(points: readonly GrowthPoint[]): Cliff | undefined {
  const floor = Math.min(...points.map((p) => p.ms)) * CLIFF_FLOOR;
  for (let i = CLIFF_MIN_KEPT; i + 1 < points.length; i += 1) {
    const p = points[i - 1] as GrowthPoint;
    const q = points[i] as GrowthPoint;
    const r = points[i + 1] as GrowthPoint;
    if (p.ms < floor || q.n <= p.n || r.n <= q.n) continue;
    const trend = median(
      points
        .slice(0, i)
        .flatMap((s, j) => (j === 0 ? [] : [exponent(points[j - 1] as GrowthPoint, s)])),
    );
    const jumped = trend <= CLIFF_MAX_TREND && exponent(p, q) > Math.max(trend, 0) + CLIFF_EXCESS;
    // The next size must stay up: a jump that falls back was one slow size (an outlier), not a new regime.
    if (jumped && exponent(p, r) > Math.max(trend, 0) + CLIFF_EXCESS / 2)
      return { from: p.n, to: q.n, ratio: q.ms / p.ms };
  }
  return undefined;
}

/** The points before the first jump (all of them when there is none). */
export function beforeCliff(points: readonly GrowthPoint[]): GrowthPoint[] {
  const cliff = findCliff(points);
  return cliff ? points.filter((p) => p.n <= cliff.from) : [...points];
}
