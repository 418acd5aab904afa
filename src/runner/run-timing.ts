/**
 * User Timing marks a run leaves on the page's performance timeline, so a profiler or the
 * bench can split "Run click → results" into its stages without touching the UI. Only the
 * latest run's marks are kept.
 */
export const RUN_MARKS = {
  /** The sandbox was handed over and the code is about to be posted to it. */
  posted: 'mockround:run-posted',
  /** The last reply came back; `detail.workerMs` is the time spent inside the sandbox. */
  replied: 'mockround:run-replied',
} as const;

export interface RepliedDetail {
  /** Time spent inside the sandbox (compile, load and every test), as it measured itself. */
  workerMs: number;
  /** Calls sent to the sandbox (the code and the data cases go out together). */
  calls: number;
}

const timeline: Pick<Performance, 'mark' | 'clearMarks'> | undefined =
  typeof performance !== 'undefined' && typeof performance.mark === 'function'
    ? performance
    : undefined;

/** Clears the previous run's marks and marks this run's hand-over to the sandbox. */
export function markPosted(): void {
  if (!timeline) return;
  for (const name of Object.values(RUN_MARKS)) timeline.clearMarks(name);
  timeline.mark(RUN_MARKS.posted);
}

/** Marks the last reply of this run. */
export function markReplied(detail: RepliedDetail): void {
  timeline?.mark(RUN_MARKS.replied, { detail });
}
