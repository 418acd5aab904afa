// "Runaway: CPU idle after verdict": how long the process that ran an endless loop keeps a core
// busy after the time-out verdict is painted. Reads the CPU time of the browser's renderer
// processes from /proc (Linux), so it measures the sandbox process itself, not what the page says.
import { readdirSync, readFileSync } from 'node:fs';
import { rendererPids } from './renderer-processes.mjs';

const TICK_MS = 10; // USER_HZ is 100 on Linux
const WINDOW_MS = 50;

/** Clicks Run and resolves with the epoch ms at which a new time-out verdict reached the DOM. */
function runUntilVerdict(page, pattern) {
  return page.getByRole('region', { name: 'Results' }).evaluate(
    (region, source) =>
      new Promise((resolve) => {
        const re = new RegExp(source, 'i');
        let sawOther = !re.test(region.textContent ?? '');
        const observer = new MutationObserver(() => {
          if (!re.test(region.textContent ?? '')) sawOther = true;
          else if (sawOther) {
            observer.disconnect();
            resolve(performance.timeOrigin + performance.now());
          }
        });
        observer.observe(region, { subtree: true, childList: true, characterData: true });
        const run = Array.from(document.querySelectorAll('button')).find(
          (b) => (b.textContent ?? '').trim() === 'Run',
        );
        run?.click();
      }),
    pattern,
  );
}

/** CPU ticks of every Web Worker thread ("DedicatedWorker…") of the given processes, by "pid/tid". */
function workerThreads(pids) {
  const threads = new Map();
  for (const pid of pids) {
    let tids;
    try {
      tids = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      try {
        if (!readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').startsWith('DedicatedWorker'))
          continue;
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        threads.set(`${pid}/${tid}`, Number(fields[11]) + Number(fields[12]));
      } catch {
        // exited meanwhile
      }
    }
  }
  return threads;
}

/**
 * Runs the page's current (endless-loop) code to its time-out verdict while sampling the CPU
 * time of every worker thread of the browser's renderers, and returns the ms from the verdict
 * until the thread that ran the loop (the busiest one in the second before the verdict) was
 * gone, or had stopped using CPU: 0 when it ended before the verdict was painted.
 */
export async function cpuIdleAfterVerdict(page, profile, pattern, afterMs = 1000) {
  const samples = [];
  const timer = setInterval(
    () => samples.push({ at: Date.now(), threads: workerThreads(rendererPids(profile)) }),
    TICK_MS,
  );
  const verdictAt = await runUntilVerdict(page, pattern);
  await new Promise((resolve) => setTimeout(resolve, afterMs));
  clearInterval(timer);

  // The loop ran in the warm spare if one was ready at the click, or else in a sandbox started
  // for this Run (after a time-out the next sandbox may still be starting): of the threads seen
  // before the verdict, the one that used the most CPU since it was first seen.
  const first = samples[0];
  const last = samples.filter((s) => s.at <= verdictAt).at(-1);
  if (!first || !last) throw new Error('cpu-idle: no samples before the verdict');
  // The app page's own renderer (Monaco's workers live there) is the one with the most CPU
  // time so far; the sandbox runs in another process.
  let app = null;
  let appTicks = -1;
  for (const pid of rendererPids(profile)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]);
      if (ticks > appTicks) [app, appTicks] = [String(pid), ticks];
    } catch {
      // gone
    }
  }
  let loop = null;
  let most = 0;
  const before = samples.filter((s) => s.at <= verdictAt);
  const firstSeen = new Map();
  for (const s of before)
    for (const [id, ticks] of s.threads) if (!firstSeen.has(id)) firstSeen.set(id, ticks);
  for (const [id, ticks] of firstSeen) {
    if (id.startsWith(`${app}/`)) continue;
    const seen = before.findLast((s) => s.threads.has(id))?.threads.get(id) ?? ticks;
    if (seen - ticks > most) [loop, most] = [id, seen - ticks];
  }
  if (loop === null)
    throw new Error(
      `cpu-idle: no worker thread used CPU before the verdict (app ${app}; first ${[...first.threads.keys()]}; last ${[...last.threads]})`,
    );
  if (process.env.CPU_IDLE_DEBUG)
    console.log(
      loop,
      most,
      samples
        .map((s) => `${Math.round(s.at - verdictAt)}:${s.threads.get(loop) ?? 'gone'}`)
        .join(' '),
    );
  // Idle from the last sample at which the thread had used more CPU (sampling is every ~10 ms,
  // slower on a loaded machine: the figure is as coarse as the gaps between samples).
  let idleAt = verdictAt;
  let previous = null;
  for (const s of samples.filter((x) => x.at >= verdictAt - WINDOW_MS)) {
    const ticks = s.threads.get(loop);
    if (ticks === undefined) break; // the thread has exited
    if (previous !== null && ticks > previous) idleAt = Math.max(idleAt, s.at);
    previous = ticks;
  }
  return Math.max(0, idleAt - verdictAt);
}
