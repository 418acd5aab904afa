/**
 * Hostile solution code against the CLI's jail: every attempt must end without a
 * forged pass, without touching a file or a local listener, with a verdict inside
 * the budget (+200 ms), and the next run of a correct solution must still pass.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseProblem } from '../../../src/domain/problem/parse-problem';
import { runTests, type RunnableProblem } from '../../../src/runner/run-session';
import { addProblem } from '../../../src/runner/test-problems';
import { jailSandbox, nodeSandbox } from '../node-sandbox';
import { readProblemDir } from '../read-problem-dir';
import { useHostileTargets } from './hostile-targets';

const BUDGET_MS = 1500;
// Each test starts several processes; on a loaded machine that alone can take seconds.
vi.setConfig({ testTimeout: 60_000 });
const { secret, marker, port, hits } = useHostileTargets('jail-hostile');

const run = (problem: RunnableProblem, code: string, budgetMs = BUDGET_MS, sandbox = nodeSandbox) =>
  runTests(problem, sandbox, { mode: 'submit', code, language: 'js', budgetMs });

async function expectCorrectStillPasses(): Promise<void> {
  const report = await run(addProblem(), 'function add(a, b) { return a + b; }');
  expect(report).toMatchObject({ status: 'done', passed: 3, failed: 0 });
}

/** add(a, b) that answers right only if `attempt` (awaited) returned 'OPEN'. */
const ifEscaped = (attempts: string[]) => `
async function add(a, b) {
  const tries = [${attempts.map((a) => `async () => { ${a} }`).join(',\n')}];
  for (const t of tries) {
    try { if ((await t()) === 'OPEN') return a + b; } catch {}
  }
  return a + b + 1;
}`;

describe('the CLI jail against hostile solution code', () => {
  it('gives no file access: process, require, import(), eval, Function, stack frames', async () => {
    const path = JSON.stringify(secret);
    const report = await run(
      addProblem(),
      ifEscaped([
        `return process.getBuiltinModule('fs').readFileSync(${path}, 'utf8')`,
        `return require('fs').readFileSync(${path}, 'utf8')`,
        `return (await import('node:fs')).readFileSync(${path}, 'utf8')`,
        `return Function('return process')().getBuiltinModule('fs').readFileSync(${path}, 'utf8')`,
        `return (0, eval)('process').getBuiltinModule('fs').readFileSync(${path}, 'utf8')`,
        `return (async () => {}).constructor('return import("node:fs")')().then((m) => m.readFileSync(${path}, 'utf8'))`,
        `Error.prepareStackTrace = (_, frames) => frames;
         const frames = new Error().stack;
         Error.prepareStackTrace = undefined;
         for (const f of frames) {
           const fn = f.getFunction && f.getFunction();
           const self = f.getThis && f.getThis();
           for (const holder of [fn, self]) {
             const p = holder && (holder.process || (holder.constructor && holder.constructor('return process')()));
             if (p) return p.getBuiltinModule('fs').readFileSync(${path}, 'utf8');
           }
         }`,
      ]),
    );
    expect(report.passed).toBe(0);
    expect(report.tests.every((t) => t.status !== 'pass')).toBe(true);
    expect(report.totalMs).toBeLessThan(BUDGET_MS + 200);
    await expectCorrectStillPasses();
  });

  it('cannot start a child process or write a file', async () => {
    const path = JSON.stringify(marker);
    const report = await run(
      addProblem(),
      ifEscaped([
        `process.getBuiltinModule('child_process').execSync('touch ' + ${path}); return 'OPEN'`,
        `process.getBuiltinModule('fs').writeFileSync(${path}, 'x'); return 'OPEN'`,
        `(await import('node:child_process')).execSync('touch ' + ${path}); return 'OPEN'`,
        `new (process.getBuiltinModule('worker_threads').Worker)('require("fs").writeFileSync(' + JSON.stringify(${path}) + ', "x")', { eval: true }); return 'OPEN'`,
      ]),
    );
    expect(report.passed).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(existsSync(marker)).toBe(false);
    await expectCorrectStillPasses();
  });

  it('reaches no local listener: fetch, net, http, WebSocket', async () => {
    const url = JSON.stringify(`http://127.0.0.1:${port()}/`);
    const before = hits();
    const report = await run(
      addProblem(),
      ifEscaped([
        `return await (await fetch(${url})).text()`,
        `return await new Promise((resolve, reject) => {
           const s = process.getBuiltinModule('net').connect(${port()}, '127.0.0.1', () => resolve('OPEN'));
           s.on('error', reject);
         })`,
        `const http = await import('node:http');
         return await new Promise((resolve, reject) => http.get(${url}, () => resolve('OPEN')).on('error', reject))`,
        `return await new Promise((resolve, reject) => {
           const ws = new WebSocket(${JSON.stringify(`ws://127.0.0.1:${port()}/`)});
           ws.onopen = () => resolve('OPEN'); ws.onerror = reject;
         })`,
      ]),
    );
    expect(report.passed).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hits()).toBe(before);
    await expectCorrectStillPasses();
  });

  it('cannot kill the judge or the sandbox from inside, nor post replies of its own', async () => {
    const report = await run(
      addProblem(),
      ifEscaped([
        `process.kill(process.ppid, 'SIGKILL'); return 'OPEN'`,
        `for (let id = 1; id < 50; id += 1)
           process.send({ id, ok: true, value: { outcome: { ok: true, returned: { clonable: true, value: 3 } }, console: { lines: [] }, ms: 0 } });
         return 'OPEN'`,
        `process.getBuiltinModule('worker_threads').parentPort.postMessage({ id: 2, ok: true }); return 'OPEN'`,
        `process.kill(process.pid); return 'OPEN'`,
      ]),
    );
    expect(report.status).toBe('done');
    expect(report.passed).toBe(0);
    await expectCorrectStillPasses();
  });
});

describe('the CLI jail against forged spec results', () => {
  const debounce = parseProblem(
    'problems/debounce',
    readProblemDir(join(import.meta.dirname, '../../../problems/debounce')),
  );
  const wrong = debounce.wrong.find((w) => w.name === 'never-restarts')?.code as string;

  it('replacing Promise or Function does not turn a failing solution into a pass', async () => {
    const honest = await run(debounce, wrong, 5000);
    expect(honest.failed).toBeGreaterThan(0);
    const forgers = [
      `const RP = Promise; globalThis.Promise = class extends RP { static resolve(v) { return RP.resolve(v).then((r) => { if (r && 'passed' in r) { r.passed = true; delete r.error; } return r; }); } };`,
      // Rewrites the specs as they are compiled, so that every expect() accepts anything.
      `const any = new Proxy(function () {}, { get: (_, key) => (key === 'then' ? undefined : any), apply: () => any });
       globalThis.__any = any;
       const RF = Function;
       globalThis.Function = function (...a) { const body = String(a.pop()).replace(/expect\\(/g, '__any('); return RF(...a, body); };`,
      `Object.defineProperty(Promise.prototype, 'then', { value: function (ok) { return ok({ passed: true }); } });`,
    ];
    for (const forge of forgers) {
      const forged = await run(debounce, `${forge}\n${wrong}`, 5000);
      expect(forged.passed).toBeLessThanOrEqual(honest.passed);
      expect(forged.status === 'done' && forged.failed === 0).toBe(false);
    }
    const reference = await run(debounce, debounce.solution, 5000);
    expect(reference).toMatchObject({ status: 'done', failed: 0 });
  });
});

describe('the CLI jail against runaways', () => {
  it('ends an endless loop at the budget and kills its process', async () => {
    const report = await run(addProblem(), 'function add() { for (;;) {} }', 800);
    expect(report.status).toBe('timeout');
    expect(report.passed).toBe(0);
    expect(report.totalMs).toBeLessThan(800 + 200);
    await expectCorrectStillPasses();
  });

  it('kills a memory bomb outside the V8 heap (ArrayBuffers) and one inside it, with a clear verdict', async () => {
    const small = jailSandbox({ heapMb: 96, memoryMb: 320 });
    const buffers = await run(
      addProblem(),
      'function add() { const keep = []; for (;;) keep.push(new Uint8Array(32 << 20).fill(1)); }',
      30_000, // an upper bound only: the memory limit must end it first
      small,
    );
    expect(buffers.status).toBe('crashed');
    expect(buffers.tests.find((t) => t.status === 'crashed')?.reason).toMatch(
      /MB of memory, over the 320 MB limit/,
    );
    const heap = await run(
      addProblem(),
      'function add() { const keep = []; for (;;) keep.push({ a: [1, 2, 3], b: "x" + keep.length }); }',
      30_000, // an upper bound only: the memory limit must end it first
      small,
    );
    expect(heap.status).toBe('crashed');
    expect(heap.tests.find((t) => t.status === 'crashed')?.reason).toMatch(/memory/);
    await expectCorrectStillPasses();
  });
});

describe('the CLI jail against results built to crash the judging side', () => {
  it('judges huge, sparse, cyclic and BigInt results as failures, within the budget', async () => {
    const sparse = 'const a = []; a.length = 2 ** 32 - 1; return a;';
    const results: [string, 'exact' | 'unordered' | 'unordered-deep'][] = [
      [sparse, 'exact'],
      [sparse, 'unordered'],
      [sparse, 'unordered-deep'],
      ['const a = [1]; a.push(a); return a;', 'unordered'],
      ['const o = { a: 1 }; o.self = o; return o;', 'exact'],
      ['return [1n, 2n ** 70n];', 'unordered'],
      ['return Array.from({ length: 300000 }, (_, i) => [i, i + 1]);', 'exact'],
      ['let d = []; for (let i = 0; i < 100000; i += 1) d = [d]; return d;', 'exact'],
    ];
    for (const [body, compare] of results) {
      const problem = addProblem();
      problem.tests.compare = compare;
      problem.tests.cases = problem.tests.cases.map((c) => ({ ...c, expected: [c.expected, 1] }));
      const report = await run(problem, `function add() { ${body} }`, 3000);
      // 300k pairs take long to copy on a busy machine: a time-out inside the budget is a fair verdict.
      expect(report.status, body).toMatch(/done|crashed|timeout/);
      expect(report.passed, body).toBe(0);
      expect(report.totalMs, body).toBeLessThan(3000 + 200);
      for (const t of report.tests) expect((t.actual ?? '').length).toBeLessThan(3200);
    }
    await expectCorrectStillPasses();
  }, 90_000);
});

it('leaves the secret untouched (a sanity check of the fixture)', () => {
  expect(readFileSync(secret, 'utf8')).toBe('OPEN');
});
