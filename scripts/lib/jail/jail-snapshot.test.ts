/**
 * The JavaScript jail starts from a V8 start-up snapshot of its harness bundle. These tests pin
 * that the sandbox really starts that way (so the hostile suites in this folder exercise the
 * snapshot), that such a child may read no file at all, that every run still gets a process of
 * its own that starts clean, and that a bundle that cannot be snapshotted still runs plain.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { runTests } from '../../../src/runner/run-session';
import { addProblem } from '../../../src/runner/test-problems';
import { nodeSandbox } from '../node-sandbox';
import { jailBundle } from './jail-bundle';
import { jailSnapshot } from './jail-snapshot';
import { jailV8Flags, spawnJail } from './spawn-jail';

vi.setConfig({ testTimeout: 60_000 });

/** The command line a process was started with (Linux /proc). */
const commandLine = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');

const run = (code: string) =>
  runTests(addProblem(), nodeSandbox, { mode: 'submit', code, language: 'js', budgetMs: 3000 });

describe('the jail started from a snapshot of its harness', () => {
  it('is how the sandbox starts, with no file it may read', async () => {
    const handle = await nodeSandbox();
    try {
      const ready = (await handle.api.load({
        code: 'function add(a, b) { return a + b; }',
        language: 'js',
        entry: {
          kind: 'function',
          name: 'add',
          paramShapes: ['json', 'json'],
          returnShape: 'json',
        },
        specs: [],
      })) as { ok: boolean };
      expect(ready.ok).toBe(true);
      const pids = (await import('node:child_process'))
        .execFileSync('pgrep', ['-P', String(process.pid)], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .map(Number);
      const lines = pids.map(commandLine).filter((args) => args.includes('sandbox'));
      expect(lines.length).toBeGreaterThan(0);
      for (const args of lines) {
        expect(args).toContain('--snapshot-blob');
        expect(args).toContain('--experimental-permission');
        expect(args.some((a) => a.startsWith('--allow-fs-read'))).toBe(false);
      }
    } finally {
      handle.dispose();
    }
  });

  it('gives every run a process of its own that starts clean', async () => {
    // The first run leaves a global behind (the global object stays extensible) and a timer
    // that keeps writing one; it passes only if its own process does see them.
    const first = await run(`
      globalThis.leaked = 'from the first run';
      setInterval(() => { globalThis.leaked = 'from a timer'; }, 1);
      function add(a, b) { return globalThis.leaked ? a + b : 0; }`);
    expect(first).toMatchObject({ status: 'done', passed: 3 });
    const second = await run(`
      function add(a, b) {
        const seen = [globalThis.leaked, typeof process, typeof require];
        return seen.join() === ',undefined,undefined' ? a + b : seen.join();
      }`);
    expect(second).toMatchObject({ status: 'done', passed: 3, failed: 0 });
  });

  it('fires timers in every restored child', async () => {
    // A timer left pending while the snapshot was built made restored children's timers
    // never fire, in about half of them: several runs, each in a fresh child.
    for (let i = 0; i < 6; i += 1) {
      const report = await run(`
        async function add(a, b) {
          await new Promise((resolve) => setTimeout(resolve, 2));
          await new Promise((resolve) => { const t = setInterval(() => { clearInterval(t); resolve(); }, 2); });
          return a + b;
        }`);
      expect(report).toMatchObject({ status: 'done', passed: 3 });
    }
  });

  it('falls back to the plain bundle when the bundle cannot be snapshotted', async () => {
    // The probe harness starts listening as soon as it loads, which needs the IPC channel a
    // snapshot build does not have: the build fails.
    const probe = jailBundle(
      fileURLToPath(new URL('./fixtures/probe-harness.ts', import.meta.url)),
    );
    expect(jailSnapshot(probe, jailV8Flags({}))).toBeNull();
    const jail = spawnJail({ bundle: probe, snapshot: true });
    try {
      await jail.ready;
      expect(commandLine(jail.pid as number)).not.toContain('--snapshot-blob');
      expect(await jail.call('globals')).toEqual(Array(5).fill('undefined'));
    } finally {
      jail.kill();
    }
  });
});
