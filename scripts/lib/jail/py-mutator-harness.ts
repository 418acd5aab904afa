/**
 * Entry of the jailed child that lists the mutants of Python references (see
 * mutation/py-mutants.ts): one Pyodide runtime (py-boot.ts) with the mutant generator loaded,
 * answering `mutants(source)` with JSON. The generator only parses the source (ast, tokenize),
 * never runs it; the jail is there all the same, and the parent checks every reply.
 */
// First: the harness captures `Function` when it loads (see jail-function.ts).
import './jail-function';
import { PY_MUTATOR } from '../mutation/py-mutator-source';
import { bootPyodide } from './py-boot';
import { startJail } from './jail-runtime';

void bootPyodide().then((pyodide) => {
  const scope = pyodide.globals.get('dict')() as ReturnType<typeof pyodide.toPy>;
  pyodide.runPython(PY_MUTATOR, { globals: scope, filename: '<mockround-mutator>' });
  const generate = scope.get('mutants') as (source: string) => string;
  startJail(() => ({ mutants: (source: string) => generate(source), ping: () => 'pong' }));
});
