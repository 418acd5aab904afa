import type { ComplexityClass } from '../problem/complexity';

/** The classes a measurement can tell apart (n! is out of reach of any timing). */
export const FIT_CLASSES = [
  '1',
  'log n',
  'n',
  'n log n',
  'n^2',
  'n^3',
  '2^n',
] as const satisfies readonly ComplexityClass[];
export type FitClass = (typeof FIT_CLASSES)[number];

/** The shape g(n) of each class; a model is t(n) = a + b·g(n). */
export const GROWTH: Record<FitClass, (n: number) => number> = {
  '1': () => 1,
  'log n': (n) => Math.log2(Math.max(2, n)),
  n: (n) => n,
  'n log n': (n) => n * Math.log2(Math.max(2, n)),
  'n^2': (n) => n * n,
  'n^3': (n) => n * n * n,
  '2^n': (n) => 2 ** Math.min(n, 1000),
};
