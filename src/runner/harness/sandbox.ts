import { ListNode } from '../../domain/structures/list-node';
import { TreeNode } from '../../domain/structures/tree-node';
import type { CaseExecution, ErrorInfo, LoadRequest, Outcome, SandboxApi, SpecExecution } from '../protocol';
import { compileFactory, transpile } from './compile';
import { createConsoleCapture } from './console-capture';
import { describeThrown } from './describe-error';
import { toReturned } from './format-value';
import { hardenIntrinsics } from './harden';
import { now } from './intrinsics';
import { fromUserShape, toUserShape } from './shapes';
import { createSpecRunner } from './spec-runner';

const INJECTED = ['console', 'ListNode', 'TreeNode'] as const;

function isThenable(value: unknown): value is PromiseLike<unknown> {
  try {
    return (
      (typeof value === 'object' || typeof value === 'function') &&
      value !== null &&
      typeof (value as { then?: unknown }).then === 'function'
    );
  } catch {
    return false;
  }
}

/**
 * The harness: loads one solution and runs test cases or spec tests against it.
 * Pure JavaScript with no DOM: the Web Worker and the Node CLI both serve it.
 * A sandbox is meant for a single run; make a fresh one (in a fresh realm) for the next.
 */
export function createSandbox(): SandboxApi {
  const capture = createConsoleCapture();
  const spec = createSpecRunner();
  let request: LoadRequest | null = null;
  let entry: unknown;

  const callEntry = async (args: unknown[]): Promise<unknown> => {
    const { kind, name, paramShapes, returnShape } = (request as LoadRequest).entry;
    if (kind === 'class') {
      const calls = args as unknown[][];
      const [ctorCall, ...methodCalls] = calls;
      const Ctor = entry as new (...a: unknown[]) => Record<string, unknown>;
      const instance = new Ctor(...((ctorCall ?? []).slice(1)));
      const results: unknown[] = [null];
      for (const call of methodCalls) {
        const [method, ...callArgs] = call as [string, ...unknown[]];
        if (typeof instance[method] !== 'function') throw new TypeError(`${name} has no method "${method}"`);
        let value = (instance[method] as (...a: unknown[]) => unknown)(...callArgs);
        if (isThenable(value)) value = await value;
        results.push(value === undefined ? null : value);
      }
      return results;
    }
    const adapted = args.map((arg, i) => toUserShape(arg, paramShapes[i] ?? 'json'));
    let value = (entry as (...a: unknown[]) => unknown)(...adapted);
    if (isThenable(value)) value = await value;
    return fromUserShape(value, returnShape);
  };

  return {
    async load(req) {
      const transpiled = transpile(req.code, req.language);
      if (!transpiled.ok) return transpiled;
      const compiled = compileFactory(transpiled.js, INJECTED, req.entry.name);
      if (!compiled.ok) return compiled;
      hardenIntrinsics();
      try {
        entry = compiled.factory(capture.console, ListNode, TreeNode);
      } catch (thrown) {
        return { ok: false, error: describeThrown(thrown) };
      }
      const expected = req.entry.kind === 'class' ? 'class' : 'function';
      if (typeof entry !== 'function') {
        const error: ErrorInfo = {
          kind: 'compile',
          name: 'MissingEntry',
          message: `Define a ${expected} named ${req.entry.name}: the tests call it by that name.`,
        };
        return { ok: false, error };
      }
      request = req;
      return { ok: true };
    },

    async runCase(args) {
      if (!request) throw new Error('load() must succeed before runCase()');
      const started = now();
      let outcome: Outcome;
      try {
        outcome = { ok: true, returned: toReturned(await callEntry(args)) };
      } catch (thrown) {
        outcome = { ok: false, error: describeThrown(thrown) };
      }
      const result: CaseExecution = { outcome, console: capture.take(), ms: now() - started };
      return result;
    },

    async collectSpec(source) {
      if (!request) throw new Error('load() must succeed before collectSpec()');
      const { globals } = spec;
      const names = [...Object.keys(globals), request.entry.name, 'ListNode', 'TreeNode', 'console'];
      try {
        const register = new Function(...names, `${source}\n//# sourceURL=spec.js`) as (...v: unknown[]) => void;
        register(...Object.values(globals), entry, ListNode, TreeNode, capture.console);
      } catch (thrown) {
        return { ok: false, error: { ...describeThrown(thrown), kind: 'compile' } };
      }
      capture.take();
      return { ok: true, tests: spec.list() };
    },

    async runSpecTest(index) {
      const started = now();
      const result: SpecExecution = { passed: true, console: { lines: [] }, ms: 0 };
      try {
        await spec.run(index);
      } catch (thrown) {
        result.passed = false;
        result.error = describeThrown(thrown);
      }
      result.console = capture.take();
      result.ms = now() - started;
      return result;
    },
  };
}
