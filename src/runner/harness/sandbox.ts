import {
  checkGeneratedArgs,
  compileGenerator,
  type Generate,
} from '../../domain/generator/run-generator';
import { seededRandom } from '../../domain/generator/seeded-random';
import type { Problem } from '../../domain/problem/problem.schema';
import { ListNode } from '../../domain/structures/list-node';
import { TreeNode } from '../../domain/structures/tree-node';
import type {
  CaseExecution,
  EntrySpec,
  ErrorInfo,
  LoadRequest,
  LoadResult,
  MeasureResult,
  Outcome,
  SandboxApi,
  SpecExecution,
} from '../protocol';
import { compileFactory, transpile } from './compile';
import { createConsoleCapture } from './console-capture';
import { describeThrown } from './describe-error';
import { toReturned } from './format-value';
import { hardenIntrinsics } from './harden';
import { inOrder } from './in-order';
import { now } from './intrinsics';
import { timeSubject } from './measure';
import { createSubject } from './measure-subject';
import { fromUserShape, toUserShape } from './shapes';
import { createSpecCompiler } from './spec-compile';
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

/** The entry as checkGeneratedArgs reads it (kind, name and the number of parameters). */
function entryForGenerator(spec: EntrySpec): Problem['entry'] {
  const params = spec.paramShapes.map((shape, i) => ({ name: `p${i}`, type: 'unknown', shape }));
  return {
    kind: spec.kind,
    name: spec.name,
    params,
    returns: { type: 'unknown', shape: spec.returnShape },
  };
}

/**
 * The harness: loads one solution and runs test cases or spec tests against it.
 * Pure JavaScript with no DOM: the Web Worker and the Node CLI both serve it.
 * A sandbox is meant for a single run; make a fresh one (in a fresh realm) for the next.
 * Calls run one at a time in the order they came, so they may be sent without waiting.
 */
export function createSandbox(): SandboxApi {
  const capture = createConsoleCapture();
  const spec = createSpecRunner();
  const specs = createSpecCompiler();
  const specNames = (entryName: string) => [
    ...Object.keys(spec.globals),
    entryName,
    'ListNode',
    'TreeNode',
    'console',
  ];
  let request: LoadRequest | null = null;
  let entry: unknown;
  let generate: Generate | null = null;

  const callEntry = async (args: unknown[]): Promise<unknown> => {
    const { kind, name, paramShapes, returnShape } = (request as LoadRequest).entry;
    if (kind === 'class') {
      const calls = args as unknown[][];
      const [ctorCall, ...methodCalls] = calls;
      const Ctor = entry as new (...a: unknown[]) => Record<string, unknown>;
      const instance = new Ctor(...(ctorCall ?? []).slice(1));
      const results: unknown[] = [null];
      for (const call of methodCalls) {
        const [method, ...callArgs] = call as [string, ...unknown[]];
        if (typeof instance[method] !== 'function')
          throw new TypeError(`${name} has no method "${method}"`);
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

  const loadCode = (req: LoadRequest): LoadResult => {
    if (req.language === 'py') {
      const message = 'Python code runs in the Python sandbox, not this one.';
      return { ok: false, error: { kind: 'compile', name: 'WrongSandbox', message } };
    }
    if (req.specs) specs.prepare(req.specs, specNames(req.entry.name));
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
  };

  return inOrder<SandboxApi>({
    async load(req) {
      const started = now();
      const result = loadCode(req);
      return { ...result, ms: now() - started };
    },

    async runCase(args) {
      if (!request) throw new Error('load() must succeed before runCase()');
      const started = now();
      let ms: number;
      let outcome: Outcome;
      try {
        const value = await callEntry(args);
        ms = now() - started;
        outcome = { ok: true, returned: toReturned(value) };
      } catch (thrown) {
        ms = now() - started;
        outcome = { ok: false, error: describeThrown(thrown) };
      }
      const result: CaseExecution = { outcome, console: capture.take(), ms };
      return result;
    },

    async collectSpec(source) {
      if (!request) throw new Error('load() must succeed before collectSpec()');
      const { globals } = spec;
      try {
        const register = specs.registerOf(source, specNames(request.entry.name));
        register(...Object.values(globals), entry, ListNode, TreeNode, capture.console);
      } catch (thrown) {
        return { ok: false, error: { ...describeThrown(thrown), kind: 'compile' } };
      }
      capture.take();
      return { ok: true, tests: spec.list() };
    },

    async prepareMeasure(generator) {
      if (!request) throw new Error('load() must succeed before prepareMeasure()');
      try {
        generate = compileGenerator(generator);
        return { ok: true };
      } catch (thrown) {
        return { ok: false, error: { ...describeThrown(thrown), kind: 'compile' } };
      }
    },

    async measureSize(req) {
      if (!request || !generate)
        throw new Error('load() and prepareMeasure() must succeed before measureSize()');
      const started = now();
      let args: unknown;
      try {
        args = generate(req.n, seededRandom(req.seed + req.n));
        const wrong = checkGeneratedArgs(entryForGenerator(request.entry), args);
        if (wrong) throw new TypeError(wrong);
      } catch (thrown) {
        return { ok: false, stage: 'generate', error: describeThrown(thrown) };
      }
      const generateMs = now() - started;
      let result: MeasureResult;
      try {
        const timing = await timeSubject(
          createSubject(entry, request.entry, args as unknown[]),
          req,
        );
        result = {
          ok: true,
          timing: { n: req.n, ...timing, generateMs, spentMs: now() - started },
        };
      } catch (thrown) {
        result = { ok: false, stage: 'run', error: describeThrown(thrown) };
      }
      // Console output while timing is noise: drop it.
      capture.take();
      return result;
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
  });
}
