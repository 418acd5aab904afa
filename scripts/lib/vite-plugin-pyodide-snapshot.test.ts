import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';
import { describe, expect, it, vi } from 'vitest';
import { pyodideDir } from './python-node-sandbox';
import { pyodideSnapshot } from './pyodide-snapshot';
import { gzippedSnapshot, pyodideSnapshotPlugin } from './vite-plugin-pyodide-snapshot';

// The first use makes the snapshot: Pyodide starts once, seconds on a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const call = (plugin: Plugin, hook: keyof Plugin, context: unknown, ...args: unknown[]) =>
  (plugin[hook] as Hook).call(context, ...args);

function loadAs(command: 'build' | 'serve') {
  const plugin = pyodideSnapshotPlugin();
  call(plugin, 'configResolved', {}, { command, build: { ssr: false } } as ResolvedConfig);
  const emitted: { name?: string; source?: Uint8Array }[] = [];
  const context = {
    emitFile: (file: { name?: string; source?: Uint8Array }) => {
      emitted.push(file);
      return 'ref1';
    },
  };
  const id = call(plugin, 'resolveId', context, 'virtual:pyodide-snapshot') as string;
  return { code: call(plugin, 'load', context, id) as Promise<string>, emitted };
}

describe('virtual:pyodide-snapshot', () => {
  it('is null under the dev server and in tests: Python starts without a snapshot', async () => {
    const { code, emitted } = loadAs('serve');
    expect(await code).toBe('export default null;');
    expect(emitted).toEqual([]);
  });

  it('in a build, emits the start-up snapshot gzip-compressed and exports its URL', async () => {
    const { code, emitted } = loadAs('build');
    expect(await code).toBe('export default import.meta.ROLLUP_FILE_URL_ref1;');
    expect(emitted).toHaveLength(1);
    expect(emitted[0]?.name).toBe('pyodide-snapshot.bin');
    const made = readFileSync((await pyodideSnapshot(pyodideDir())) as string);
    expect(gunzipSync(emitted[0]?.source as Uint8Array).equals(made)).toBe(true);
  });

  it('keeps the compressed snapshot beside the snapshot, so the next build reuses it', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'snapshot-')), 'a.snapshot');
    writeFileSync(path, Buffer.alloc(100_000, 7));
    const first = gzippedSnapshot(path);
    expect(gunzipSync(first).equals(readFileSync(path))).toBe(true);
    expect(existsSync(`${path}.gz`)).toBe(true);
    expect(gzippedSnapshot(path).equals(first)).toBe(true);
  });

  it('leaves every other module alone', () => {
    const plugin = pyodideSnapshotPlugin();
    expect(call(plugin, 'resolveId', {}, 'virtual:problems')).toBeNull();
  });
});
