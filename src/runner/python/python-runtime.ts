import type { PyodideAPI } from 'pyodide';
import type { PythonRuntime } from './python-sandbox';
import { PY_HARNESS } from './py-harness-source';
import { PY_MEASURE } from './py-measure-source';
import { PY_VALUES } from './py-values-source';

/** Options for loadPyodide that keep the runtime away from its host (see installHarness). */
export const PYODIDE_OPTIONS = {
  /** `import js` would otherwise hand user code the worker's global object. */
  jsglobals: Object.freeze(Object.create(null) as object),
  /** Nothing on stdout/stderr escapes before the harness captures it. */
  stdout: () => undefined,
  stderr: () => undefined,
} as const;

/**
 * Loads the harness into a fresh namespace of a loaded Pyodide runtime and removes the
 * modules that bridge to JavaScript from sys.modules, so that user code cannot import them
 * (the harness blocks them by name as well).
 */
export function installHarness(pyodide: PyodideAPI): PythonRuntime {
  const scope = pyodide.globals.get('dict')() as ReturnType<PyodideAPI['toPy']>;
  for (const source of [PY_VALUES, PY_HARNESS, PY_MEASURE])
    pyodide.runPython(source, { globals: scope, filename: '<mockround>' });
  pyodide.runPython(
    "import sys\nfor _m in [m for m in sys.modules if m.split('.')[0] in ('js', 'pyodide_js')]:\n    del sys.modules[_m]",
    { globals: scope, filename: '<mockround>' },
  );
  const fns = {
    load: scope.get('load') as (...a: string[]) => string,
    run_case: scope.get('run_case') as (...a: string[]) => string,
    measure: scope.get('measure') as (...a: string[]) => string,
  };
  return { call: (name, ...args) => fns[name](...args) };
}
