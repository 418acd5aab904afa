/// <reference lib="webworker" />
/**
 * The Python runner's worker entry: bundled into one script (Pyodide's JavaScript included)
 * and started inside the sandbox host like the JavaScript runner. The sandbox cannot fetch
 * anything, so the app hands over Pyodide's WebAssembly binary, standard library and lock
 * file as Blobs (and the build's start-up snapshot, when there is one); Pyodide's own fetches
 * of them are answered from those Blobs and every other fetch fails. The messaging is locked
 * before Pyodide or any user code runs.
 */
import { expose } from 'comlink';
import { loadPyodide } from 'pyodide';
import createPyodideModule from 'pyodide/pyodide.asm.mjs';
import { connectToHost } from '../host-connection';
import { installHarness, PYODIDE_OPTIONS } from './python-runtime';
import { createPythonSandbox } from './python-sandbox';
import { PYODIDE_FILES, PYODIDE_INDEX_URL, servePyodideFile } from './pyodide-files';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The bytes of a gzip-compressed Blob. */
async function inflate(blob: Blob): Promise<Uint8Array> {
  const stream = blob.stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

// Without a setImmediate, Pyodide's Emscripten runtime builds one on the worker's own
// postMessage/'message' listener, which the sandbox has locked (it would throw while loading).
for (const [name, value] of [
  ['setImmediate', (callback: () => void) => setTimeout(callback, 0)],
  ['clearImmediate', (id: ReturnType<typeof setTimeout>) => clearTimeout(id)],
] as const)
  Object.defineProperty(scope, name, { value, configurable: false, writable: false });

void connectToHost(scope).then(async ({ endpoint, files }) => {
  Object.defineProperty(scope, 'fetch', {
    value: (input: RequestInfo | URL) => servePyodideFile(files, String(input)),
    configurable: false,
    writable: false,
  });
  const options = {
    ...PYODIDE_OPTIONS,
    indexURL: PYODIDE_INDEX_URL,
    lockFileContents: await (files[PYODIDE_FILES.lock] as Blob).text(),
    createPyodideModule: createPyodideModule as never,
  };
  const snapshot = files[PYODIDE_FILES.snapshot];
  // Restoring the build's start-up snapshot skips Python's own start-up; should it fail, the
  // runtime starts the usual way.
  const pyodide =
    snapshot instanceof Blob
      ? await inflate(snapshot)
          .then((bytes) => loadPyodide({ ...options, _loadSnapshot: bytes }))
          .catch((error: unknown) => {
            console.warn('Python starts without its start-up snapshot:', error);
            return loadPyodide(options);
          })
      : await loadPyodide(options);
  const sandbox = createPythonSandbox(installHarness(pyodide));
  expose({ ...sandbox, ping: () => 'pong', warmUp: async () => undefined }, endpoint);
});
