/**
 * The start of a jailed Python child, shared by its harnesses (py-harness.ts runs solutions,
 * py-mutator-harness.ts lists mutants): loads one Pyodide runtime from the installed package
 * (its folder is the child's only other read permission, passed as the first argument; a
 * start-up snapshot may be the second). The harness then calls startJail, which scrubs the
 * Node globals before anything else runs.
 */
import { constants, readFileSync } from 'node:fs';
import { loadPyodide, type PyodideAPI } from 'pyodide';
import { PYODIDE_OPTIONS } from '../../../src/runner/python/python-runtime';

// Captured before the jail deletes `process`: a fatal Pyodide error leaves the runtime
// unusable, so the child ends and the parent reports a crash.
export const exitChild: (code: number) => never = process.exit.bind(process);

/** The runtime, or the child ends (code 2 without a package folder, 1 when loading fails). */
export function bootPyodide(): Promise<PyodideAPI> {
  const indexURL = process.argv[2];
  // A memory snapshot of a freshly started runtime (see pyodide-snapshot.ts), when the parent has one.
  const snapshot = process.argv[3];
  if (!indexURL) exitChild(2);
  // Emscripten's NODEFS reads the file-open flags through process.binding('constants'), which
  // the permission model refuses; the same numbers are public as fs.constants.
  const proc = process as unknown as { binding(name: string): unknown };
  const binding = proc.binding.bind(proc);
  Object.defineProperty(proc, 'binding', {
    value: (name: string) => (name === 'constants' ? { fs: constants } : binding(name)),
  });
  return loadPyodide({
    indexURL,
    ...PYODIDE_OPTIONS,
    ...(snapshot && { _loadSnapshot: readFileSync(snapshot) }),
  }).catch((error: unknown) => {
    console.error(error);
    return exitChild(1);
  });
}
