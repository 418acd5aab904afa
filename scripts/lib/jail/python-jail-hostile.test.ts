/**
 * Hostile Python against the CLI's jail. Python in Pyodide can reach JavaScript (pyodide.ffi
 * hands out JsProxy objects, whose constructors lead to Function); the harness's import guards
 * do not stop that, the jail around the runtime does. Each attempt must end without a forged
 * pass, without reading or writing a file or reaching a local listener, and the next correct
 * run must pass. The control at the end runs the same code in an unjailed Pyodide and sees it
 * escape, so these checks can fail.
 */
import { existsSync } from 'node:fs';
import { loadPyodide } from 'pyodide';
import { describe, expect, it, vi } from 'vitest';
import type { SandboxFactory } from '../../../src/runner/run-session';
import { runTests } from '../../../src/runner/run-session';
import { installHarness, PYODIDE_OPTIONS } from '../../../src/runner/python/python-runtime';
import { createPythonSandbox } from '../../../src/runner/python/python-sandbox';
import { addProblem } from '../../../src/runner/test-problems';
import { pyodideDir, pythonNodeSandbox } from '../python-node-sandbox';
import { useHostileTargets } from './hostile-targets';

// Loading Pyodide takes seconds, more on a loaded machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });
const { secret, marker, port, hits } = useHostileTargets('python-jail-hostile');

/**
 * add(a, b) that answers right only if one of the JavaScript snippets, run through the
 * Function constructor reached from a JsProxy, returned 'OPEN'.
 */
const ifEscaped = (snippets: string[]) => `
import sys

def escaped():
    ffi = sys.modules['pyodide.ffi']
    make = ffi.to_js([1]).constructor.constructor
    for body in ${JSON.stringify(snippets)}:
        try:
            if make(body)() == 'OPEN':
                return True
        except BaseException:
            pass
    return False

def add(a, b):
    return a + b if escaped() else a + b + 1
`;

const ATTEMPTS = () => [
  `return process.getBuiltinModule('fs').readFileSync(${JSON.stringify(secret)}, 'utf8')`,
  `return globalThis.process.mainModule.require('fs').readFileSync(${JSON.stringify(secret)}, 'utf8')`,
  `process.getBuiltinModule('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); return 'OPEN'`,
  `process.getBuiltinModule('child_process').execSync('true'); return 'OPEN'`,
  `fetch('http://127.0.0.1:${port()}/escaped'); return 'OPEN'`,
  `process.getBuiltinModule('http').get('http://127.0.0.1:${port()}/escaped'); return 'OPEN'`,
];

const run = (code: string, sandbox: SandboxFactory = pythonNodeSandbox) =>
  runTests(addProblem(), sandbox, { mode: 'submit', code, language: 'py', budgetMs: 6000 });

describe('the CLI jail against hostile Python', () => {
  it('reaches no file, process or network from Python through JsProxy → Function', async () => {
    const report = await run(ifEscaped(ATTEMPTS()));
    expect(report.status).toBe('done');
    expect(report.passed).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hits()).toBe(0);
    expect(existsSync(marker)).toBe(false);
  });

  it('passes the next run of a correct solution', async () => {
    const report = await run('def add(a, b):\n    return a + b\n');
    expect(report).toMatchObject({ status: 'done', passed: 3, failed: 0 });
  });

  it('ends an endless loop within the budget, and the next run still passes', async () => {
    const report = await runTests(addProblem(), pythonNodeSandbox, {
      mode: 'submit',
      code: 'def add(a, b):\n    while True:\n        pass\n',
      language: 'py',
      budgetMs: 1500,
    });
    expect(report.status).toBe('timeout');
    const next = await run('def add(a, b):\n    return a + b\n');
    expect(next).toMatchObject({ status: 'done', passed: 3, failed: 0 });
  });

  it('control: the same Python in an unjailed Pyodide does escape (so the checks above can fail)', async () => {
    const python = createPythonSandbox(
      installHarness(await loadPyodide({ indexURL: pyodideDir(), ...PYODIDE_OPTIONS })),
    );
    const unjailed: SandboxFactory = async () => ({
      api: python,
      crashed: new Promise<string>(() => undefined),
      dispose: () => undefined,
    });
    const report = await run(ifEscaped(ATTEMPTS().slice(0, 1)), unjailed);
    expect(report).toMatchObject({ status: 'done', passed: 3, failed: 0 });
  });
});
