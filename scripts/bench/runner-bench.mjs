// Browser-side figures: Run → results (cold and warm), runaway kill, respawn, worker spawn.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { cpuIdleAfterVerdict } from './cpu-idle.mjs';
import { jsBeforeEditor } from './first-load.mjs';
import { openProblem, setCode, steps } from './page-helpers.mjs';
import { median, percentile } from './stats.mjs';
import { longestTasks } from './ui-block.mjs';

const TIMED_OUT = 'time budget exceeded|time limit exceeded';

/**
 * @param {{ context: import('playwright-core').BrowserContext, baseUrl: string, distDir: string,
 *   profile: string, slug: string, entry: string, solution: string, visibleCases: number, budgetMs: number, warmRuns: number, gapMs: number, log(msg: string): void }} o
 */
export async function benchRunner(o) {
  const pass = `(?<!\\d)${o.visibleCases} passed, 0 failed`;
  const anySummary = '\\d+ passed, \\d+ failed';

  const probe = await o.context.newPage();
  const beforeEditor = await jsBeforeEditor(probe, `${o.baseUrl}/problems/${o.slug}`, o.distDir);
  await probe.close();
  for (const f of beforeEditor.files)
    o.log(
      `before the editor on /problems/${o.slug}: ${f.file} ${(f.gzip / 1024).toFixed(1)} kB gzip`,
    );

  // Cold: a freshly loaded page, the first Run (starter code) as soon as the editor is up.
  const cold = [];
  for (let i = 0; i < 5; i += 1) {
    const page = await o.context.newPage();
    await openProblem(page, o.baseUrl, o.slug);
    const [first] = await steps(page, [{ click: 'Run', match: anySummary }]);
    cold.push(first.paintMs);
    await page.close();
  }
  o.log(`cold runs (painted): ${cold.map((ms) => ms.toFixed(1)).join(', ')} ms`);

  const page = await o.context.newPage();
  await openProblem(page, o.baseUrl, o.slug);
  await setCode(page, o.solution);

  // Warm: many Runs of the reference solution in one page (the first 3 are not counted).
  const warmRecords = [];
  for (let i = 0; i < o.warmRuns + 3; i += 1) {
    if (o.gapMs > 0) await page.waitForTimeout(o.gapMs);
    const [r] = await steps(page, [{ click: 'Run', match: pass }]);
    if (i >= 3) warmRecords.push(r);
  }
  const warm = warmRecords.map((r) => r.ms);
  const painted = warmRecords.map((r) => r.paintMs);
  const stages = warmStages(warmRecords);
  o.log(`warm runs, painted: ${painted.map((ms) => ms.toFixed(0)).join(' ')} ms`);

  // UI block: code whose results are huge; the longest main-thread task until they are painted.
  const uiBlock = await longestTasks(page, o.entry, anySummary);
  for (const b of uiBlock) o.log(`longest main-thread task, ${b.what}: ${b.ms.toFixed(0)} ms`);

  // Kill: an endless loop, from the click to the time-out verdict. Each Run is clicked the
  // same gap after the last verdict as the warm runs: a kill ends the sandbox process, and a
  // Run clicked at the verdict itself also waits for a fresh one (the respawn row's figure).
  await setCode(page, 'function twoSum(nums, target) {\nwhile (true) {}\n}\n');
  const kill = [];
  for (let i = 0; i < 3; i += 1) {
    if (o.gapMs > 0) await page.waitForTimeout(o.gapMs);
    const [r] = await steps(page, [{ click: 'Run', match: TIMED_OUT }], o.budgetMs + 10_000);
    kill.push(r.ms);
    o.log(
      `kill sample ${i + 1}: ${r.ms.toFixed(1)} ms (code posted to the sandbox after ${r.postedMs.toFixed(1)} ms)`,
    );
  }

  // CPU idle: the same loop, the sandbox process's CPU time read from /proc around the verdict.
  const cpuIdle = [];
  if (process.platform === 'linux') {
    for (let i = 0; i < 3; i += 1) {
      const ms = await cpuIdleAfterVerdict(page, o.profile, TIMED_OUT);
      cpuIdle.push(ms);
      o.log(`CPU idle after verdict, sample ${i + 1}: ${ms.toFixed(0)} ms`);
    }
  }

  // Respawn: code that loops forever only when started before a moment half a budget after
  // the first click, so the first Run times out and a Run clicked at the verdict (in the
  // same microtask, one budget later) passes. The click waits for its planned moment.
  const respawn = [];
  for (let i = 0; i < 3; i += 1) {
    const clickAt = Date.now() + 3000; // ample time to paste the code
    const loopIfBefore = clickAt + o.budgetMs / 2;
    await setCode(page, `if (Date.now() < ${loopIfBefore}) { for (;;) {} }\n${o.solution}`);
    if (Date.now() > clickAt) throw new Error('respawn probe: pasting the code took over 3 s');
    await page.waitForTimeout(clickAt - Date.now());
    const [verdict, next] = await steps(
      page,
      [
        { click: 'Run', match: TIMED_OUT },
        { click: 'Run', match: pass, reject: TIMED_OUT },
      ],
      o.budgetMs + 10_000,
    );
    if (verdict.ms < o.budgetMs * 0.9)
      throw new Error(`respawn probe did not time out (${verdict.ms} ms)`);
    respawn.push(next.ms);
  }

  const spawn = await workerSpawn(page, o.distDir);
  await page.close();
  return {
    beforeEditor,
    cold,
    warm,
    painted,
    stages,
    kill,
    cpuIdle,
    respawn,
    spawn,
    uiBlock,
    median,
    percentile,
  };
}

/**
 * Per warm run, where the time went: click → code posted to the sandbox (click handler, taking
 * the spare); inside the sandbox (compile + tests, as it measured itself); the rest of the
 * posted → last reply span (messages, React's "running" render — made after the code is posted,
 * so it runs beside the sandbox — the frame that paints it, and replies waiting for a busy main
 * thread); last reply → results in the DOM (judging, React render and commit); DOM → painted
 * (waiting for and rendering the next frame).
 */
function warmStages(records) {
  return {
    posted: records.map((r) => r.postedMs),
    sandbox: records.map((r) => r.workerMs),
    messaging: records.map((r) => r.repliedMs - r.postedMs - r.workerMs),
    commit: records.map((r) => r.ms - r.repliedMs),
    frame: records.map((r) => r.paintMs - r.ms),
    calls: records.map((r) => r.calls),
  };
}

/**
 * A sandbox start → first comlink reply (ping), measured directly, 10 times: a new host iframe
 * (the app's own srcdoc, read from its spare), the worker started from the runner bundle's
 * text, and a ping over the MessageChannel, as the app's pool does it.
 */
async function workerSpawn(page, distDir) {
  const asset = readdirSync(path.join(distDir, 'assets')).find((f) =>
    /^runner\.worker.*\.js$/.test(f),
  );
  if (!asset) return [];
  return page.evaluate(async (url) => {
    const source = new Blob([(await import(url)).default], { type: 'text/javascript' });
    const spare = document.querySelector('iframe[sandbox]');
    if (!spare) return [];
    const out = [];
    for (let i = 0; i < 10; i += 1) {
      const started = performance.now();
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-scripts');
      frame.style.display = 'none';
      frame.srcdoc = spare.srcdoc;
      const channel = new MessageChannel();
      const ready = new Promise((resolve) => {
        const onMessage = (e) => {
          if (e.source !== frame.contentWindow || e.data?.kind !== 'ready') return;
          removeEventListener('message', onMessage);
          resolve(undefined);
        };
        addEventListener('message', onMessage);
      });
      document.body.append(frame);
      await ready;
      const port = channel.port2;
      frame.contentWindow.postMessage(
        { kind: 'spawn', source, port, files: {}, transfer: [] },
        '*',
        [port],
      );
      await new Promise((resolve) => {
        channel.port1.onmessage = (e) => e.data?.id === 'bench' && resolve(undefined);
        // comlink 4 wire format for remote.ping()
        channel.port1.postMessage({ id: 'bench', type: 'APPLY', path: ['ping'], argumentList: [] });
      });
      out.push(performance.now() - started);
      frame.remove();
    }
    return out;
  }, `/assets/${asset}`);
}
