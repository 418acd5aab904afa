import { wrap } from 'comlink';
import type { SandboxApi } from '../protocol';
import type { SandboxHandle } from '../run-session';
import { PYODIDE_FILES } from '../python/pyodide-files';
import { FramedWorker, type SandboxFiles, type SandboxWorker } from './framed-worker';
import { DEFAULT_SPARE_TIMING, type SpareTiming, type WorkerPool } from './worker-pool';
import pyodideWasmUrl from 'pyodide/pyodide.asm.wasm?url';
import pyodideStdlibUrl from 'pyodide/python_stdlib.zip?url';
import pyodideLockUrl from 'pyodide/pyodide-lock.json?url';
import pyodideSnapshotUrl from 'virtual:pyodide-snapshot';

/** Loading Pyodide in a worker on a busy laptop can take a while; past this it has failed. */
export const PYTHON_START_TIMEOUT_MS = 60_000;

let source: Promise<Blob> | null = null;
let files: Promise<SandboxFiles> | null = null;

function loadPythonSource(): Promise<Blob> {
  source ??= import('../python/python.worker.ts?sandbox-worker').then(
    (m) => new Blob([m.default], { type: 'text/javascript' }),
    (error: unknown) => {
      source = null;
      throw error;
    },
  );
  return source;
}

/**
 * Pyodide's runtime files, from the app's own assets (copied there at build), read once, with
 * the start-up snapshot made at build time when there is one.
 */
function loadPyodideFiles(): Promise<SandboxFiles> {
  const blob = (url: string) =>
    fetch(url).then((r) => {
      if (!r.ok) throw new Error(`could not load ${url} (${r.status})`);
      return r.blob();
    });
  files ??= Promise.all([
    blob(pyodideWasmUrl),
    blob(pyodideStdlibUrl),
    blob(pyodideLockUrl),
    pyodideSnapshotUrl ? blob(pyodideSnapshotUrl) : null,
  ]).then(
    ([wasm, stdlib, lock, snapshot]) => ({
      [PYODIDE_FILES.wasm]: wasm,
      [PYODIDE_FILES.stdlib]: stdlib,
      [PYODIDE_FILES.lock]: lock,
      ...(snapshot && { [PYODIDE_FILES.snapshot]: snapshot }),
    }),
    (error: unknown) => {
      files = null;
      throw error;
    },
  );
  return files;
}

/** Starts a Python worker inside its own sandbox host; Blobs are shared, not copied. */
export function spawnPythonWorker(): SandboxWorker {
  return new FramedWorker({ source: loadPythonSource, files: loadPyodideFiles, name: 'python' });
}

interface Runtime {
  handle: Omit<SandboxHandle, 'dispose'>;
  terminate(): void;
  ready: Promise<void>;
}

function startRuntime(create: () => SandboxWorker): Runtime {
  const worker = create();
  const crashed = new Promise<string>((resolve) => {
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      resolve((event as ErrorEvent).message || 'the Python sandbox failed');
    });
  });
  const api = wrap<SandboxApi & { ping(): Promise<string> }>(worker);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ready = Promise.race([
    api.ping().then(() => undefined),
    crashed.then(() => undefined),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, PYTHON_START_TIMEOUT_MS))),
  ]).finally(() => clearTimeout(timer));
  return {
    handle: { api: api as unknown as SandboxApi, crashed },
    terminate: () => worker.terminate(),
    ready,
  };
}

export interface PythonPool extends WorkerPool {
  /** Whether a Python runtime is loaded and waiting (false while the first one loads). */
  isReady(): boolean;
  /** Called with true while the first Python runtime loads, false once it is ready. */
  onLoading(listener: (loading: boolean) => void): () => void;
  /**
   * Starts loading a runtime now (Python was picked), so the first Run waits less. Resolves once
   * a runtime is ready, or has failed to load (the next Run then reports why).
   */
  prepare(): Promise<void>;
}

/**
 * Python runtimes for the app. Loading Pyodide takes a second or more, so unlike the
 * JavaScript pool a runtime is reused from run to run (each run loads the code into a fresh
 * namespace). A run that must be cut short (time-out, Stop, crash) takes its runtime with it:
 * its sandbox is removed, and the warm spare, loaded in the background after the first run,
 * takes over at once, so the next Run does not wait for Pyodide again.
 */
export function createPythonPool(
  create: () => SandboxWorker = spawnPythonWorker,
  timing: SpareTiming = DEFAULT_SPARE_TIMING,
): PythonPool {
  let current: Runtime | null = null;
  let spare: Runtime | null = null;
  let disposed = false;
  let ready = false;
  const listeners = new Set<(loading: boolean) => void>();
  const announce = (loading: boolean) => listeners.forEach((l) => l(loading));
  const startSpare = () => {
    if (!disposed && !spare) spare = startRuntime(create);
  };
  const loaded = () => {
    if (ready) return;
    ready = true;
    announce(false);
  };
  return {
    async acquire() {
      if (disposed) throw new Error('The runner was shut down.');
      const runtime = current ?? spare ?? startRuntime(create);
      if (runtime === spare) spare = null;
      current = runtime;
      if (!ready) announce(true);
      await runtime.ready;
      loaded();
      let released = false;
      return {
        ...runtime.handle,
        dispose(idle = false) {
          if (released) return;
          released = true;
          if (!idle) {
            // Endless or crashed code: end the sandbox now; the spare serves the next run.
            runtime.terminate();
            if (current === runtime) current = null;
          }
          timing.afterRun(startSpare);
        },
      };
    },
    prepare() {
      if (!current && !spare) startSpare();
      const runtime = current ?? spare;
      if (disposed || !runtime) return Promise.resolve();
      if (!ready) announce(true);
      return runtime.ready.then(loaded);
    },
    isReady: () => ready && (current !== null || spare !== null),
    onLoading(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      disposed = true;
      current?.terminate();
      spare?.terminate();
      current = spare = null;
    },
  };
}
