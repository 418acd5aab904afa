import { describe, expect, it } from 'vitest';
import { nodeSandbox } from '../../scripts/lib/node-sandbox';
import { runTests, type RunnableProblem, type SandboxFactory } from './run-session';
import { addProblem, counterProblem, delayProblem, reverseProblem } from './test-problems';

const submit = (
  problem: RunnableProblem,
  code: string,
  extra: { language?: 'js' | 'ts'; budgetMs?: number } = {},
) =>
  runTests(problem, nodeSandbox, {
    mode: 'submit',
    code,
    language: extra.language ?? 'js',
    budgetMs: extra.budgetMs,
  });

describe('runTests in a Node sandbox (the harness the worker serves)', () => {
  it('passes a correct solution, hidden tests included', async () => {
    const report = await submit(addProblem(), 'function add(a, b) { return a + b; }');
    expect(report.status).toBe('done');
    expect(report.passed).toBe(3);
    expect(report.failed).toBe(0);
  });

  it('Run mode skips hidden tests', async () => {
    const report = await runTests(addProblem(), nodeSandbox, {
      mode: 'run',
      code: 'function add(a,b){return a+b}',
      language: 'js',
    });
    expect(report.tests.map((t) => t.name)).toEqual(['small', 'negative']);
  });

  it('shows expected and actual for a wrong answer, and redacts hidden tests', async () => {
    const report = await submit(addProblem(), 'function add(a, b) { return a - b; }');
    const small = report.tests.find((t) => t.name === 'small');
    expect(small).toMatchObject({
      status: 'fail',
      input: 'a = 1, b = 2',
      expected: '3',
      actual: '-1',
    });
    const big = report.tests.find((t) => t.name === 'big');
    expect(big).toEqual({
      id: 'case-2',
      name: 'big',
      hidden: true,
      status: 'fail',
      ms: expect.any(Number),
    });
  });

  it('stops at the first failure when asked (the validator only needs one)', async () => {
    const report = await runTests(addProblem(), nodeSandbox, {
      mode: 'submit',
      code: 'function add(a, b) { return a - b; }',
      language: 'js',
      stopOnFailure: true,
    });
    expect(report.tests.map((t) => t.status)).toEqual(['fail', 'not-run', 'not-run']);
  });

  it('sends no case past the first failure then, so the sandbox is handed back idle', async () => {
    let sent = 0;
    let idle: boolean | undefined;
    const counting: SandboxFactory = async () => {
      const handle = await nodeSandbox();
      const runCase: typeof handle.api.runCase = (args) => {
        sent += 1;
        return handle.api.runCase(args);
      };
      return {
        ...handle,
        api: { ...handle.api, runCase },
        dispose: (done) => {
          idle = done;
          handle.dispose(done);
        },
      };
    };
    const wrong = {
      mode: 'submit',
      code: 'function add(a, b) { return a - b; }',
      language: 'js',
    } as const;
    await runTests(addProblem(), counting, { ...wrong, stopOnFailure: true });
    expect({ sent, idle }).toEqual({ sent: 1, idle: true });
    sent = 0;
    await runTests(addProblem(), counting, wrong);
    expect(sent).toBe(3);
  });

  it('says once the code and every case have been posted to the sandbox', async () => {
    const events: string[] = [];
    const recording: SandboxFactory = async () => {
      const handle = await nodeSandbox();
      return {
        ...handle,
        api: {
          ...handle.api,
          load: (request) => (events.push('load'), handle.api.load(request)),
          runCase: (args) => (events.push('case'), handle.api.runCase(args)),
        },
      };
    };
    const report = await runTests(addProblem(), recording, {
      mode: 'submit',
      code: 'function add(a, b) { return a + b; }',
      language: 'js',
      onPosted: () => events.push('posted'),
    });
    expect(report.passed).toBe(3);
    expect(events).toEqual(['load', 'case', 'case', 'case', 'posted']);
  });

  it('points a runtime error at the user line and column', async () => {
    const code = 'function add(a, b) {\n  const x = null;\n  return x.y;\n}';
    const report = await submit(addProblem(), code);
    const first = report.tests[0];
    expect(first?.status).toBe('error');
    expect(first?.error?.name).toBe('TypeError');
    expect(first?.error?.location).toEqual({ line: 3, column: 12 });
  });

  it('reports a syntax error with its location and runs nothing', async () => {
    const report = await submit(addProblem(), 'function add(a, b) {\n  return a + ;\n}');
    expect(report.status).toBe('compile-error');
    expect(report.loadError?.location?.line).toBe(2);
    expect(report.tests.every((t) => t.status === 'not-run')).toBe(true);
  });

  it('transpiles TypeScript and keeps line numbers', async () => {
    const code =
      'interface P { a: number }\nfunction add(a: number, b: number): number {\n  if (a === 1) throw new Error("one");\n  return a + b;\n}';
    const report = await submit(addProblem(), code, { language: 'ts' });
    expect(report.tests[0]?.error?.location?.line).toBe(3);
    expect(report.passed).toBe(2);
  });

  it('asks for the entry when it is missing', async () => {
    const report = await submit(addProblem(), 'function sum(a, b) { return a + b; }');
    expect(report.status).toBe('compile-error');
    expect(report.loadError?.message).toMatch(/named add/);
  });

  it('ends an infinite loop at the budget and the next run starts clean', async () => {
    const report = await submit(addProblem(), 'function add() { while (true) {} }', {
      budgetMs: 500,
    });
    // From the first call to the verdict: starting the jailed process is not part of the budget.
    expect(report.totalMs).toBeLessThan(1500);
    expect(report.status).toBe('timeout');
    expect(report.tests[0]?.status).toBe('timeout');
    expect(report.tests[1]?.status).toBe('not-run');
    const next = await submit(addProblem(), 'function add(a, b) { return a + b; }');
    expect(next.failed).toBe(0);
  });

  it('gives clear verdicts for thrown non-errors, functions, circular values and deep recursion', async () => {
    const thrown = await submit(addProblem(), 'function add() { throw null; }');
    expect(thrown.tests[0]?.error?.message).toMatch(/non-Error value: null/);
    const fn = await submit(addProblem(), 'function add() { return () => 1; }');
    expect(fn.tests[0]).toMatchObject({
      status: 'fail',
      actual: expect.stringContaining('Function'),
    });
    const circular = await submit(
      addProblem(),
      'function add() { const o = {}; o.self = o; return o; }',
    );
    expect(circular.tests[0]?.status).toBe('fail');
    const deep = await submit(addProblem(), 'function add(a) { return add(a) + 1; }');
    expect(deep.tests[0]?.error?.message).toMatch(/recursion too deep/);
  });

  it('caps a flood of console output with a notice, within the run budget', async () => {
    const report = await submit(
      addProblem(),
      'function add(a, b) { for (let i = 0; i < 1e6; i++) console.log("line", i); return a + b; }',
    );
    const first = report.tests[0];
    // 'pass' (not 'timeout') means the million lines did not hold the run past its budget.
    expect(first?.status).toBe('pass');
    expect(first?.console?.lines.length).toBe(200);
    expect(first?.console?.truncated).toMatch(/999800 more console lines/);
  });

  it('runs the cases it sent all at once one at a time, in order, even when the code is async', async () => {
    const code =
      'async function add(a, b) { console.log("start", a); await new Promise((r) => setTimeout(r, 20)); console.log("end", a); return a + b; }';
    const report = await submit(addProblem(), code);
    expect(report.failed).toBe(0);
    const [small, negative] = report.tests;
    expect(small?.console?.lines.map((l) => l.text)).toEqual(['start 1', 'end 1']);
    expect(negative?.console?.lines.map((l) => l.text)).toEqual(['start -5', 'end -5']);
  });

  it('blames the time-out on the case that was running, with the earlier ones judged', async () => {
    const report = await submit(
      addProblem(),
      'function add(a, b) { while (a < 0) {} return a + b; }',
      { budgetMs: 500 },
    );
    expect(report.status).toBe('timeout');
    expect(report.tests.map((t) => t.status)).toEqual(['pass', 'timeout', 'not-run']);
  });

  it('does not leak globals from one run to the next', async () => {
    await submit(addProblem(), 'globalThis.leaked = 41; function add(a, b) { return a + b; }');
    const report = await submit(
      addProblem(),
      'function add(a, b) { return typeof globalThis.leaked === "undefined" ? a + b : 0; }',
    );
    expect(report.failed).toBe(0);
  });

  it('cannot forge a verdict by tampering with built-ins', async () => {
    const tamper = `
      try { Object.is = () => true; } catch {}
      try { JSON.stringify = () => '3'; } catch {}
      try { Array.isArray = () => true; } catch {}
      try { Array.prototype.every = () => true; } catch {}`;
    const data = await submit(addProblem(), `${tamper}\nfunction add() { return 'wrong'; }`);
    expect(data.passed).toBe(0);
    const spec = await submit(delayProblem(), `${tamper}\nfunction later() {}`);
    expect(spec.tests.find((t) => t.name.includes('calls fn'))?.status).toBe('fail');
  });

  it('still lets user code override toString on its own objects', async () => {
    const code =
      'function add(a, b) { const o = {}; o.toString = () => String(a + b); return Number(String(o)); }';
    expect((await submit(addProblem(), code)).failed).toBe(0);
  });

  it("lets a plain object take any of Object.prototype's names as a key, as in plain JavaScript", async () => {
    const code = `function add(a, b) {
      const keys = ['hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', '__lookupGetter__', 'valueOf'];
      const counts = {};
      for (const k of keys) counts[k] = a;
      for (const k of keys) counts[k] += b;
      return keys.every((k) => Object.hasOwn(counts, k) && counts[k] === a + b) ? a + b : -1;
    }`;
    expect((await submit(addProblem(), code)).failed).toBe(0);
  });

  it('converts linked lists in and out', async () => {
    const code =
      'function reverse(head) { let prev = null; while (head) { const n = head.next; head.next = prev; prev = head; head = n; } return prev; }';
    expect((await submit(reverseProblem(), code)).failed).toBe(0);
  });

  it('drives a class through its calls', async () => {
    const code =
      'class Counter { constructor(n) { this.n = n; } inc() { this.n++; } get() { return this.n; } }';
    expect((await submit(counterProblem(), code)).failed).toBe(0);
    const missing = await submit(
      counterProblem(),
      'class Counter { constructor(n) { this.n = n; } }',
    );
    expect(missing.tests[0]?.error?.message).toMatch(/no method "inc"/);
  });

  it('runs Jest-style specs with fake timers, skips and hidden specs', async () => {
    const good = await submit(delayProblem(), 'function later(fn, ms) { setTimeout(fn, ms); }');
    expect(good.tests.map((t) => [t.name, t.status])).toEqual([
      ['later › calls fn after ms', 'pass'],
      ['later › not yet', 'skipped'],
      ['is exact with objects', 'pass'],
    ]);
    const early = await submit(
      delayProblem(),
      'function later(fn, ms) { setTimeout(fn, ms - 1); }',
    );
    expect(early.tests[0]?.status).toBe('fail');
    expect(early.tests[0]?.error?.message).toMatch(/called/i);
  });
});
