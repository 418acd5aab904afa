import {
  checkGeneratedArgs,
  compileGenerator,
  type Generate,
} from '../../domain/generator/run-generator';
import { seededRandom } from '../../domain/generator/seeded-random';
import type {
  CaseExecution,
  EntrySpec,
  LoadResult,
  MeasureResult,
  ReturnedValue,
  SandboxApi,
  SizeTiming,
} from '../protocol';
import { inOrder } from '../harness/in-order';
import { tooLargeDisplay, valueProblem } from '../harness/value-size';
import { methodNames, snakeCase } from './python-names';
import { toErrorInfo, type PyError } from './python-errors';

/** The harness functions loaded in one Pyodide runtime; each takes and returns JSON strings. */
export interface PythonRuntime {
  call(name: 'load' | 'run_case' | 'measure', ...args: string[]): string;
}

type PyOutcome = { ok: true; returned: CaseExecution['outcome'] } | { ok: false; error: PyError };

const now = () => performance.now();

/**
 * A returned value too large for the page to copy and compare without freezing is summarised
 * here, in the Python worker, within the same limits as JavaScript results.
 */
function bounded(returned: ReturnedValue): ReturnedValue {
  if (!returned.clonable) return returned;
  const problem = valueProblem(returned.value);
  return problem?.kind === 'too-large'
    ? { clonable: false, display: tooLargeDisplay(problem.size) }
    : returned;
}

const NO_SPECS: PyError = {
  kind: 'compile',
  name: 'NotAvailable',
  message:
    'This problem is tested by a JavaScript spec (timers, promises, this): use JavaScript or TypeScript.',
};

function entryForGenerator(spec: EntrySpec) {
  const params = spec.paramShapes.map((shape, i) => ({ name: `p${i}`, type: 'unknown', shape }));
  return { ...spec, params, returns: { type: 'unknown', shape: spec.returnShape } };
}

/**
 * The Python sandbox: the same API as the JavaScript harness (so runTests, comparisons on
 * the trusted side and growth measurement work unchanged), over a Pyodide runtime that
 * stays loaded between runs. Every load() starts from a fresh namespace; the runtime itself
 * is replaced when a run has to be killed (see the Python pool).
 */
export function createPythonSandbox(runtime: PythonRuntime, onFatal?: () => void): SandboxApi {
  let spec: EntrySpec | null = null;
  let generate: Generate | null = null;
  // The harness answers every Python error in JSON: a throw here is Pyodide itself failing
  // (a fatal error, e.g. the WebAssembly stack overflowing), after which the runtime is unusable.
  const call: PythonRuntime['call'] = (name, ...args) => {
    try {
      return runtime.call(name, ...args);
    } catch (error) {
      onFatal?.();
      throw error;
    }
  };

  return inOrder<SandboxApi>({
    async load(req) {
      const started = now();
      spec = req.entry;
      const pyName = req.entry.kind === 'class' ? req.entry.name : snakeCase(req.entry.name);
      const reply = JSON.parse(call('load', req.code, JSON.stringify({ ...req.entry, pyName }))) as
        { ok: true } | { ok: false; error: PyError };
      const result: LoadResult = reply.ok
        ? { ok: true }
        : { ok: false, error: toErrorInfo(reply.error) };
      if (!reply.ok) spec = null;
      return { ...result, ms: now() - started };
    },

    async runCase(args) {
      if (!spec) throw new Error('load() must succeed before runCase()');
      const names = spec.kind === 'class' ? methodNames(args) : {};
      const reply = JSON.parse(
        call('run_case', JSON.stringify(args), JSON.stringify(names)),
      ) as Omit<CaseExecution, 'outcome'> & { outcome: PyOutcome | CaseExecution['outcome'] };
      const { outcome } = reply;
      return {
        ...reply,
        outcome: outcome.ok
          ? { ok: true, returned: bounded(outcome.returned as ReturnedValue) }
          : { ok: false, error: toErrorInfo(outcome.error) },
      } as CaseExecution;
    },

    // A JavaScript spec beside data cases (a scale test in JavaScript, say) says nothing about
    // Python code: Python is judged on the data cases alone.
    async collectSpec() {
      return { ok: true, tests: [] };
    },

    async runSpecTest() {
      return { passed: false, error: NO_SPECS, console: { lines: [] }, ms: 0 };
    },

    async prepareMeasure(generator) {
      if (!spec) throw new Error('load() must succeed before prepareMeasure()');
      try {
        generate = compileGenerator(generator);
        return { ok: true };
      } catch (thrown) {
        return {
          ok: false,
          error: {
            kind: 'compile',
            name: 'GeneratorError',
            message: String((thrown as Error)?.message ?? thrown),
          },
        };
      }
    },

    async measureSize(req): Promise<MeasureResult> {
      if (!spec || !generate)
        throw new Error('load() and prepareMeasure() must succeed before measureSize()');
      const started = now();
      let args: unknown;
      try {
        args = generate(req.n, seededRandom(req.seed + req.n));
        const wrong = checkGeneratedArgs(entryForGenerator(spec), args);
        if (wrong) throw new TypeError(wrong);
      } catch (thrown) {
        const error = {
          kind: 'runtime' as const,
          name: 'GeneratorError',
          message: String((thrown as Error)?.message ?? thrown),
        };
        return { ok: false, stage: 'generate', error };
      }
      const generateMs = now() - started;
      const names = spec.kind === 'class' ? methodNames(args as unknown[]) : {};
      const { n, seed: _seed, ...request } = req;
      void _seed;
      const reply = JSON.parse(
        call('measure', JSON.stringify(args), JSON.stringify(names), JSON.stringify(request)),
      ) as
        | { ok: true; timing: Omit<SizeTiming, 'n' | 'generateMs' | 'spentMs'> }
        | { ok: false; error: PyError };
      if (!reply.ok) return { ok: false, stage: 'run', error: toErrorInfo(reply.error) };
      return { ok: true, timing: { ...reply.timing, n, generateMs, spentMs: now() - started } };
    },
  });
}
