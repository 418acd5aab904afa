/**
 * Entry of the jailed child for Python (bundled into one file by jail-bundle.ts): loads one
 * Pyodide runtime (see py-boot.ts), installs the Python harness, and only then starts the
 * jail, which scrubs the Node globals before any solution code runs. The runtime serves run
 * after run, each in a fresh namespace; the parent replaces the process when a run is cut
 * short. Python that reaches JavaScript (through pyodide.ffi) is in this jail.
 */
// First: the harness captures `Function` when it loads (see jail-function.ts).
import './jail-function';
import { installHarness } from '../../../src/runner/python/python-runtime';
import { createPythonSandbox } from '../../../src/runner/python/python-sandbox';
import { bootPyodide, exitChild } from './py-boot';
import { startJail } from './jail-runtime';

void bootPyodide().then((pyodide) => {
  const sandbox = createPythonSandbox(installHarness(pyodide), () => exitChild(70));
  startJail(() => ({ ...sandbox, ping: () => 'pong', warmUp: () => undefined }));
});
