import { describe, expect, it } from 'vitest';
import { nodeSandbox } from '../../../scripts/lib/node-sandbox';
import type { EntrySpec, SandboxApi } from '../protocol';
import { runTests, type SandboxHandle } from '../run-session';
import { addProblem, delayProblem } from '../test-problems';
import { DEFAULT_DRY_RUN, type DryRunProgram } from './warm-up';

type Warmable = SandboxApi & { warmUp(program?: DryRunProgram): Promise<void> };

const addEntry: EntrySpec = {
  kind: 'function',
  name: 'add',
  paramShapes: ['json', 'json'],
  returnShape: 'json',
};

/** A dry run that leaves every trace it can: globals added, replaced and removed, console output. */
const MESSY: DryRunProgram = {
  code: [
    'globalThis.dryRunLeak = 1;',
    'implicitLeak = 2;',
    'globalThis.setTimeout = null;',
    'delete globalThis.queueMicrotask;',
    'console.log("from the dry run");',
    'function add(a, b) { console.log("dry add"); return a + b; }',
  ].join('\n'),
  language: 'js',
  entry: addEntry,
  cases: [[1, 2]],
  spec: "test('dry', () => { globalThis.specLeak = 3; expect(add(1, 1)).toBe(2); });",
};

/** A worker-thread sandbox that has already done the given dry run, as the browser's spare has. */
async function warmed(program: DryRunProgram): Promise<SandboxHandle> {
  const handle = await nodeSandbox();
  await (handle.api as Warmable).warmUp(program);
  return handle;
}

const run = (handle: SandboxHandle, code: string) =>
  runTests(addProblem(), async () => handle, { mode: 'submit', code, language: 'js' });

describe('the spare worker dry run', () => {
  it('leaves the user a clean scope: no global it added, replaced or removed shows', async () => {
    const clean = [
      'typeof dryRunLeak === "undefined"',
      'typeof implicitLeak === "undefined"',
      'typeof specLeak === "undefined"',
      'typeof setTimeout === "function"',
      'typeof queueMicrotask === "function"',
    ].join(' && ');
    const report = await run(
      await warmed(MESSY),
      `function add(a, b) { return ${clean} ? a + b : -1; }`,
    );
    expect(report.tests.map((t) => t.status)).toEqual(['pass', 'pass', 'pass']);
  });

  it("does not hand the user the dry run's entry, console output or spec tests", async () => {
    const missing = await run(await warmed(MESSY), 'function sum(a, b) { return a + b; }');
    expect(missing.status).toBe('compile-error');
    expect(missing.loadError?.name).toBe('MissingEntry');
    const quiet = await run(await warmed(MESSY), 'function add(a, b) { return a + b; }');
    expect(quiet.tests.flatMap((t) => t.console?.lines ?? [])).toEqual([]);
    const spec = await runTests(delayProblem(), async () => warmed(MESSY), {
      mode: 'submit',
      code: 'function later(fn, ms) { setTimeout(fn, ms); }',
      language: 'js',
    });
    expect(spec.tests.map((t) => [t.name, t.status])).toEqual([
      ['later › calls fn after ms', 'pass'],
      ['later › not yet', 'skipped'],
      ['is exact with objects', 'pass'],
    ]);
  });

  it('keeps the intrinsics frozen for user code after the default (TypeScript) dry run', async () => {
    const report = await run(
      await warmed(DEFAULT_DRY_RUN),
      'try { Object.is = () => true; } catch {}\nfunction add(a, b) { return Object.is(1, 2) ? -1 : a + b; }',
    );
    expect(report.failed).toBe(0);
  });
});
