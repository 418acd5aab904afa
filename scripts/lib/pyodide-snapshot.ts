import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPyodide } from 'pyodide';
import { PYODIDE_OPTIONS } from '../../src/runner/python/python-runtime';

/**
 * A memory snapshot of a freshly started Pyodide, for the CLI's jailed Python runtimes.
 *
 * Starting Pyodide runs the interpreter's whole start-up inside WebAssembly: ~5 s of CPU on
 * this kind of machine, paid again for every runtime a time-out or a crash replaces. Restoring
 * a snapshot of the memory right after that start-up costs well under a second. The snapshot
 * is made here, on the trusted side, from the installed package before any problem or
 * solution code exists, with the options every runtime uses; a jailed child may only read it.
 * It is cached per Pyodide version, content of the package's runtime files and Node version,
 * and rebuilt when any of them changes. If it cannot be made, runtimes start the slow way.
 */

const cacheDir = () =>
  fileURLToPath(new URL('../../node_modules/.cache/mockround/', import.meta.url));

/** The file name changes whenever the runtime the snapshot was taken from could differ. */
export function snapshotName(indexURL: string): string {
  const pkg = JSON.parse(readFileSync(`${indexURL}package.json`, 'utf8')) as { version: string };
  // The files' content, not their sizes: a patched package of the same sizes is another runtime
  // (hashing the ~13 MB takes tens of milliseconds).
  const hash = createHash('sha256');
  for (const file of ['pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide.asm.mjs'])
    hash.update(readFileSync(`${indexURL}${file}`));
  const digest = hash.digest('hex').slice(0, 16);
  return `pyodide-${pkg.version}-${digest}-node${process.versions.node}.snapshot`;
}

async function makeSnapshot(indexURL: string, target: string): Promise<void> {
  const pyodide = await loadPyodide({ indexURL, ...PYODIDE_OPTIONS, _makeSnapshot: true });
  const bytes = pyodide.makeMemorySnapshot();
  // Written beside its final name and renamed: a parallel process never reads half a file.
  const partial = `${target}.${process.pid}.tmp`;
  writeFileSync(partial, bytes);
  renameSync(partial, target);
}

const made = new Map<string, Promise<string | null>>();

/**
 * The path of the snapshot for the runtime in `indexURL`, made on first use (once per
 * process), or null when it cannot be made (the error is reported once on stderr).
 */
export function pyodideSnapshot(indexURL: string): Promise<string | null> {
  let pending = made.get(indexURL);
  if (!pending) {
    pending = (async () => {
      const dir = cacheDir();
      mkdirSync(dir, { recursive: true });
      const target = `${dir}${snapshotName(indexURL)}`;
      if (!existsSync(target)) await makeSnapshot(indexURL, target);
      return target;
    })().catch((error: unknown) => {
      console.error(
        `python: no start-up snapshot (${(error as Error).message}); runtimes start without one`,
      );
      return null;
    });
    made.set(indexURL, pending);
  }
  return pending;
}
