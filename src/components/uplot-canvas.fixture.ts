// Test support for uPlot in jsdom (no 2D canvas, no matchMedia): a canvas context that records
// the text uPlot draws (axis tick labels), so tests can read what a chart shows.
import { vi } from 'vitest';

/** Replaces the canvas context; returns every string drawn with fillText, in order. */
export function recordCanvasText(): { texts: string[]; restore: () => void } {
  const texts: string[] = [];
  const noop = () => undefined;
  const context = new Proxy({} as Record<string | symbol, unknown>, {
    get: (target, key) => {
      if (key in target) return target[key];
      if (key === 'measureText') return (text: string) => ({ width: 7 * String(text).length });
      if (key === 'fillText') return (text: string) => void texts.push(String(text));
      return noop;
    },
    set: (target, key, value) => ((target[key] = value), true),
  });
  const real = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = vi.fn(() => context) as never;
  globalThis.Path2D = class {
    constructor() {
      return new Proxy(this, {
        get: (target, key) => (key in target ? target[key as never] : noop),
      });
    }
  } as never;
  return {
    texts,
    restore: () => {
      HTMLCanvasElement.prototype.getContext = real;
    },
  };
}
