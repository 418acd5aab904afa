/** Worker-thread entry for the CLI's Python runs: one Pyodide runtime serving the Python harness. */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { loadPyodide } from 'pyodide';
import { installHarness, PYODIDE_OPTIONS } from '../../src/runner/python/python-runtime';
import { createPythonSandbox } from '../../src/runner/python/python-sandbox';

if (!parentPort) throw new Error('python-thread must run in a worker thread');
process.on('unhandledRejection', () => undefined);
const require = createRequire(import.meta.url);
// The runtime and standard library come from the installed pyodide package, never a CDN.
const indexURL = `${dirname(require.resolve('pyodide/pyodide.mjs'))}/`;
const pyodide = await loadPyodide({ indexURL, ...PYODIDE_OPTIONS });
expose(
  { ...createPythonSandbox(installHarness(pyodide)), ping: () => 'pong' },
  nodeEndpoint(parentPort),
);
