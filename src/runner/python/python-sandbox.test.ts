import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { loadPyodide } from 'pyodide';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseExecution, EntrySpec, SandboxApi } from '../protocol';
import { installHarness, PYODIDE_OPTIONS } from './python-runtime';
import { createPythonSandbox } from './python-sandbox';

const fn = (
  name: string,
  paramShapes: EntrySpec['paramShapes'] = ['json', 'json'],
  returnShape: EntrySpec['returnShape'] = 'json',
): EntrySpec => ({
  kind: 'function',
  name,
  paramShapes,
  returnShape,
});
let sandbox: SandboxApi;

beforeAll(async () => {
  const indexURL = `${dirname(createRequire(import.meta.url).resolve('pyodide/pyodide.mjs'))}/`;
  sandbox = createPythonSandbox(
    installHarness(await loadPyodide({ indexURL, ...PYODIDE_OPTIONS })),
  );
}, 120_000);

async function run(code: string, args: unknown[], entry = fn('twoSum')): Promise<CaseExecution> {
  const loaded = await sandbox.load({ code, language: 'py', entry });
  if (!loaded.ok) throw new Error(`${loaded.error.name}: ${loaded.error.message}`);
  return sandbox.runCase(args);
}

const returned = async (code: string, args: unknown[] = [[1], 2], entry = fn('twoSum')) => {
  const { outcome } = await run(code, args, entry);
  if (!outcome.ok) throw new Error(`${outcome.error.name}: ${outcome.error.message}`);
  return outcome.returned;
};

describe('Python harness: entry lookup', () => {
  it('calls the snake_case function, the JavaScript name, or a LeetCode class Solution', async () => {
    for (const code of [
      'def two_sum(nums, target):\n    return [0, 1]',
      'def twoSum(nums, target):\n    return [0, 1]',
      'class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]',
      'class Solution:\n    def two_sum(self, nums, target):\n        return [0, 1]',
    ])
      expect(await returned(code)).toEqual({ clonable: true, value: [0, 1] });
  });

  it('names the function to write when it is missing', async () => {
    const loaded = await sandbox.load({
      code: 'def other(): pass',
      language: 'py',
      entry: fn('twoSum'),
    });
    expect(loaded).toMatchObject({ ok: false, error: { kind: 'compile', name: 'MissingEntry' } });
    expect(!loaded.ok && loaded.error.message).toContain('two_sum');
  });

  it('drives a design class by snake_case or JavaScript method names; None reads as null', async () => {
    const code = [
      'class MinStack:',
      '    def __init__(self):',
      '        self.items = []',
      '    def push(self, x):',
      '        self.items.append(x)',
      '    def get_min(self):',
      '        return min(self.items)',
      '    def getMax(self):',
      '        return max(self.items)',
    ].join('\n');
    const entry: EntrySpec = {
      kind: 'class',
      name: 'MinStack',
      paramShapes: [],
      returnShape: 'json',
    };
    expect(
      await returned(code, [['MinStack'], ['push', 3], ['push', 1], ['getMin'], ['getMax']], entry),
    ).toEqual({
      clonable: true,
      value: [null, null, null, 1, 3],
    });
  });
});

describe('Python harness: JSON ↔ Python', () => {
  it('null ↔ None, tuples → lists, sets → sorted lists, dict order and JSON keys kept, 2.0 → 2', async () => {
    const code = [
      'def two_sum(a, b):',
      '    assert a is None and b == [1, 2.5, "x", True]',
      '    assert isinstance(b[0], int) and isinstance(b[1], float)',
      '    return {"z": (1, 2), 1: {3, 1, 2}, "f": 2.0, "n": None}',
    ].join('\n');
    expect(await returned(code, [null, [1, 2.5, 'x', true]])).toEqual({
      clonable: true,
      value: { z: [1, 2], '1': [1, 2, 3], f: 2, n: null },
    });
  });

  it('a value JSON cannot hold is shown, not compared', async () => {
    expect(await returned('def two_sum(a, b):\n    return float("nan")')).toEqual({
      clonable: false,
      display: 'nan',
    });
    const shown = await returned('def two_sum(a, b):\n    return map(str, a)');
    expect(shown).toMatchObject({ clonable: false });
  });

  it('a dict of 200,000 keys is summarised in the worker, never copied to the page', async () => {
    expect(
      await returned('def two_sum(a, b):\n    return {str(i): i for i in range(200000)}'),
    ).toEqual({ clonable: false, display: '[too large to compare: over 50000 objects and keys]' });
  });

  it('passes lists and trees as ListNode / TreeNode and turns them back into arrays', async () => {
    const reverse =
      'def reverse_list(head):\n    prev = None\n    while head:\n        head.next, prev, head = prev, head, head.next\n    return prev';
    expect(await returned(reverse, [[1, 2, 3]], fn('reverseList', ['list'], 'list'))).toEqual({
      clonable: true,
      value: [3, 2, 1],
    });
    const invert =
      'def invert_tree(root):\n    if root:\n        root.left, root.right = invert_tree(root.right), invert_tree(root.left)\n    return root';
    expect(
      await returned(invert, [[4, 2, 7, 1, null, 6]], fn('invertTree', ['tree'], 'tree')),
    ).toEqual({
      clonable: true,
      value: [4, 7, 2, null, 6, null, 1],
    });
    const cycle = 'def reverse_list(head):\n    head.next = head\n    return head';
    const { outcome } = await run(cycle, [[1, 2]], fn('reverseList', ['list'], 'list'));
    expect(outcome).toMatchObject({
      ok: false,
      error: { name: 'ValueError', message: 'the returned list has a cycle' },
    });
  });
});

describe('Python harness: output and errors', () => {
  it('captures print() per test, capped', async () => {
    const loud = await run(
      'def two_sum(a, b):\n    print("a", a)\n    for i in range(500): print(i)\n    return 1',
      [[1], 2],
    );
    expect(loud.console.lines[0]).toEqual({ level: 'log', text: 'a [1]' });
    expect(loud.console.lines).toHaveLength(200);
    expect(loud.console.truncated).toContain('301 more output lines');
    const next = await sandbox.runCase([[2], 3]);
    expect(next.console.lines[0]?.text).toBe('a [2]');
  });

  it("reports a runtime error with the user's frames only, located in the user's code", async () => {
    const { outcome } = await run(
      'def two_sum(nums, target):\n    return helper(nums)\n\ndef helper(n):\n    return n[10]',
      [[1], 2],
    );
    expect(outcome).toMatchObject({
      ok: false,
      error: { name: 'IndexError', location: { line: 5 } },
    });
    const traceback = !outcome.ok ? (outcome.error.traceback ?? '') : '';
    expect(traceback).toContain('File "solution.py", line 2, in two_sum');
    expect(traceback).not.toContain('mockround');
  });

  it('reports SyntaxError and IndentationError with line and column', async () => {
    const syntax = await sandbox.load({
      code: 'def two_sum(a, b):\n    return (a',
      language: 'py',
      entry: fn('twoSum'),
    });
    expect(syntax).toMatchObject({
      ok: false,
      error: { kind: 'compile', name: 'SyntaxError', location: { line: 2 } },
    });
    const indent = await sandbox.load({
      code: 'def two_sum(a, b):\nreturn 1',
      language: 'py',
      entry: fn('twoSum'),
    });
    expect(indent).toMatchObject({
      ok: false,
      error: { kind: 'compile', name: 'IndentationError', location: { line: 2, column: 1 } },
    });
  });
});

describe('Python harness: bad input', () => {
  it.each([
    ['input()', 'def two_sum(a, b):\n    return input()', 'RuntimeError'],
    ['open()', 'def two_sum(a, b):\n    return open("/etc/passwd").read()', 'PermissionError'],
    ['exit()', 'def two_sum(a, b):\n    exit(0)', 'RuntimeError'],
  ])('%s is a clear error, not a hang', async (_, code, name) => {
    const { outcome } = await run(code, [[1], 2]);
    expect(outcome).toMatchObject({ ok: false, error: { name } });
  });

  it.each(['js', 'pyodide_js', 'pyodide', 'os', 'subprocess', 'socket', 'builtins', 'importlib'])(
    'import %s is refused',
    async (module) => {
      const loaded = await sandbox.load({
        code: `import ${module}\ndef two_sum(a, b): return 1`,
        language: 'py',
        entry: fn('twoSum'),
      });
      expect(loaded).toMatchObject({
        ok: false,
        error: { name: 'ImportError', location: { line: 1 } },
      });
    },
  );

  it('a package outside the standard library is not found (and not fetched)', async () => {
    const loaded = await sandbox.load({
      code: 'import numpy\ndef two_sum(a, b): return 1',
      language: 'py',
      entry: fn('twoSum'),
    });
    expect(loaded).toMatchObject({ ok: false, error: { name: 'ModuleNotFoundError' } });
  });

  it('the standard library works, and one run leaves no names for the next', async () => {
    expect(
      await returned(
        'import heapq, collections, bisect, functools\nLEAK = 1\ndef two_sum(a, b):\n    return heapq.nsmallest(1, a)',
      ),
    ).toEqual({ clonable: true, value: [1] });
    const { outcome } = await run('def two_sum(a, b):\n    return LEAK', [[1], 2]);
    expect(outcome).toMatchObject({ ok: false, error: { name: 'NameError' } });
  });
});

describe('Python harness: growth timing', () => {
  it('times the entry on generated input inside Python', async () => {
    await sandbox.load({
      code: 'def two_sum(nums, target):\n    return sum(nums)',
      language: 'py',
      entry: fn('twoSum'),
    });
    expect(
      await sandbox.prepareMeasure(
        'function generate(n) { return [Array.from({ length: n }, (_, i) => i), 0]; }',
      ),
    ).toEqual({ ok: true });
    const result = await sandbox.measureSize({
      n: 1000,
      seed: 1,
      sampleMs: 30,
      minBatchMs: 2,
      maxSamples: 5,
    });
    expect(result).toMatchObject({
      ok: true,
      timing: { n: 1000, returnedNothing: false, mutatesInput: false },
    });
    expect(result.ok && result.timing.ms).toBeGreaterThan(0);
  });
});
