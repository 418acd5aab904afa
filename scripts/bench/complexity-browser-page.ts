/**
 * Page script of the browser accuracy bench (bundled by complexity-browser.ts):
 * the app's own runner client, worker pool and sandbox host, with the worker bundled beside it.
 */
import { FramedWorker } from '../../src/runner/client/framed-worker';
import { createRunnerClient } from '../../src/runner/client/runner-client';
import { createWorkerPool } from '../../src/runner/client/worker-pool';
import { ACCURACY_CASES } from './complexity-cases';

const client = createRunnerClient(
  createWorkerPool(
    () => new FramedWorker({ source: () => fetch('/runner.worker.js').then((r) => r.blob()) }),
  ),
);

/** Measures case i in a Web Worker exactly as the app would, without the reference. */
async function measureCase(i: number) {
  const c = ACCURACY_CASES[i];
  if (!c) throw new Error(`no case ${i}`);
  const started = performance.now();
  const report = await client.measure(
    { ...c.problem, solution: '' },
    { code: c.code, language: 'js', withReference: false },
  );
  return {
    ok: report.ok,
    best: report.ok ? report.best : null,
    reason: report.ok ? null : report.reason,
    points: report.points,
    seconds: (performance.now() - started) / 1000,
  };
}

Object.assign(window, { measureCase, caseCount: ACCURACY_CASES.length });
