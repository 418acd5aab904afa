import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPyodide } from 'pyodide';
import { describe, expect, it, vi } from 'vitest';
import { PYODIDE_OPTIONS } from '../../src/runner/python/python-runtime';
import { pyodideDir } from './python-node-sandbox';
import { pyodideSnapshot, snapshotName } from './pyodide-snapshot';

// Making a snapshot starts Pyodide once: seconds, more on a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

/** A folder that looks like the pyodide package to snapshotName. */
function fakePackage(version: string, wasmBytes: number, fill = 0): string {
  const dir = `${mkdtempSync(join(tmpdir(), 'pyodide-pkg-'))}/`;
  writeFileSync(`${dir}package.json`, JSON.stringify({ version }));
  writeFileSync(`${dir}pyodide.asm.wasm`, Buffer.alloc(wasmBytes, fill));
  writeFileSync(`${dir}python_stdlib.zip`, 'zip');
  writeFileSync(`${dir}pyodide.asm.mjs`, 'js');
  return dir;
}

describe('the CLI start-up snapshot of Pyodide', () => {
  it('is named after everything it was taken from, so an upgrade never reuses an old one', () => {
    const names = [
      snapshotName(fakePackage('1.0.0', 10)),
      snapshotName(fakePackage('1.0.1', 10)),
      snapshotName(fakePackage('1.0.0', 11)),
      // Same version and sizes, other content: a patched package.
      snapshotName(fakePackage('1.0.0', 10, 1)),
    ];
    expect(new Set(names).size).toBe(4);
    expect(names[0]).toContain(`node${process.versions.node}`);
    expect(snapshotName(fakePackage('1.0.0', 10))).toBe(names[0]);
  });

  it('restores a runtime that runs Python and still sees none of its host', async () => {
    const path = await pyodideSnapshot(pyodideDir());
    expect(path).not.toBeNull();
    const pyodide = await loadPyodide({
      indexURL: pyodideDir(),
      ...PYODIDE_OPTIONS,
      _loadSnapshot: readFileSync(path as string),
    });
    expect(pyodide.runPython('import heapq, json\njson.dumps(heapq.nsmallest(2, [5, 1, 4]))')).toBe(
      '[1, 4]',
    );
    expect(pyodide.runPython('import js\nhasattr(js, "process") or hasattr(js, "require")')).toBe(
      false,
    );
  });

  it('is made once per process however many runtimes ask at the same time', async () => {
    // Every ask shares the first one's work: the same pending promise, not a second start.
    const first = pyodideSnapshot(pyodideDir());
    expect(pyodideSnapshot(pyodideDir())).toBe(first);
    await first;
  });

  it('falls back to a normal start, saying why, when it cannot be made', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await pyodideSnapshot(`${mkdtempSync(join(tmpdir(), 'no-pyodide-'))}/`)).toBeNull();
    expect(errors.mock.calls[0]?.[0]).toMatch(/no start-up snapshot .*runtimes start without one/);
    errors.mockRestore();
  });
});
