import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { pyodideDir } from './python-node-sandbox';
import { pyodideSnapshot } from './pyodide-snapshot';

const ID = 'virtual:pyodide-snapshot';
const RESOLVED = `\0${ID}`;

/**
 * `import snapshotUrl from 'virtual:pyodide-snapshot'`: the URL of a memory snapshot of a
 * freshly started Pyodide (see pyodide-snapshot.ts), gzip-compressed, emitted as an asset of
 * the build; the Python worker restores it instead of running Python's start-up (~5 s of CPU).
 * Made at build time from the installed package with the runtime's own options, before any
 * code of a user or a problem exists. Under `vite` (dev) and in tests it is null, and Python
 * starts the slow way; so it is when the snapshot cannot be made.
 */
/** The snapshot gzip-compressed, kept beside it: compressing ~31 MB costs seconds per build. */
export function gzippedSnapshot(path: string): Buffer {
  const gz = `${path}.gz`;
  if (existsSync(gz)) return readFileSync(gz);
  const bytes = gzipSync(readFileSync(path));
  // Written beside its final name and renamed: a parallel build never reads half a file.
  const partial = `${gz}.${process.pid}.tmp`;
  writeFileSync(partial, bytes);
  renameSync(partial, gz);
  return bytes;
}

export function pyodideSnapshotPlugin(): Plugin {
  let building = false;
  return {
    name: 'mockround-pyodide-snapshot',
    configResolved(config) {
      building = config.command === 'build' && !config.build.ssr;
    },
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    async load(id) {
      if (id !== RESOLVED) return null;
      const path = building ? await pyodideSnapshot(pyodideDir()) : null;
      if (!path) return 'export default null;';
      const ref = this.emitFile({
        type: 'asset',
        name: 'pyodide-snapshot.bin',
        // Served as an opaque binary: a host must not mark it gzip-encoded and inflate it.
        source: gzippedSnapshot(path),
      });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
