/**
 * Entry of the jailed child for Python (bundled into one file by jail-bundle.ts): loads one
 * Pyodide runtime from the installed package (its folder is the child's only other read
 * permission, passed as the first argument; a start-up snapshot may be the second), installs the Python harness, and only then
 * starts the jail, which scrubs the Node globals before any solution code runs. The runtime
 * serves run after run, each in a fresh namespace; the parent replaces the process when a
 * run is cut short. Python that reaches JavaScript (through pyodide.ffi) is in this jail.
 */
// First: the harness captures `Function` when it loads (see jail-function.ts).
import './jail-function';
import { constants, readFileSync } from 'node:fs';
import { loadPyodide } from 'pyodide';
import { installHarness, PYODIDE_OPTIONS } from '../../../src/runner/python/python-runtime';
import { createPythonSandbox } from '../../../src/runner/python/python-sandbox';
import { startJail } from './jail-runtime';

const indexURL = process.argv[2];
// A memory snapshot of a freshly started runtime (see pyodide-snapshot.ts), when the parent has one.
const snapshot = process.argv[3];
// Captured before the jail deletes `process`: a fatal Pyodide error leaves the runtime
// unusable, so the child ends and the parent reports a crash.
const exit = process.exit.bind(process);

if (!indexURL) exit(2);
// Emscripten's NODEFS reads the file-open flags through process.binding('constants'), which
// the permission model refuses; the same numbers are public as fs.constants.
const proc = process as unknown as { binding(name: string): unknown };
const binding = proc.binding.bind(proc);
Object.defineProperty(proc, 'binding', {
  value: (name: string) => (name === 'constants' ? { fs: constants } : binding(name)),
});
loadPyodide({
  indexURL,
  ...PYODIDE_OPTIONS,
  ...(snapshot && { _loadSnapshot: readFileSync(snapshot) }),
}).then(
  (pyodide) => {
    const sandbox = createPythonSandbox(installHarness(pyodide), () => exit(70));
    startJail(() => ({ ...sandbox, ping: () => 'pong', warmUp: () => undefined }));
  },
  (error: unknown) => {
    console.error(error);
    exit(1);
  },
);
