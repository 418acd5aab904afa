import { residentMb } from '../resident-memory.mjs';

export { residentMb };

/**
 * Polls a child's resident memory and calls `over` once it passes `limitMb`.
 * V8's --max-old-space-size does not count ArrayBuffers, WebAssembly memory or
 * native allocations; resident memory counts everything. Returns a stop function.
 */
export function watchMemory(
  pid: number,
  limitMb: number,
  over: (mb: number) => void,
  everyMs = 20,
): () => void {
  const timer = setInterval(() => {
    const mb = residentMb(pid);
    if (mb !== null && mb > limitMb) {
      clearInterval(timer);
      over(mb);
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
