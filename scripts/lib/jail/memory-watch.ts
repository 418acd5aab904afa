import { readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;

/** Resident memory of a process in MB from /proc (Linux), or null where there is no /proc. */
export function residentMb(pid: number): number | null {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return Number.isFinite(pages) ? (pages * PAGE_BYTES) / 2 ** 20 : null;
  } catch {
    return null;
  }
}

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
