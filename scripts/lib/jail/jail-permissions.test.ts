import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { jailBundle } from './jail-bundle';
import { residentMb } from './memory-watch';
import { spawnJail } from './spawn-jail';

const dir = mkdtempSync(join(tmpdir(), 'jail-permissions-'));
const secret = join(dir, 'secret.txt');
writeFileSync(secret, 'OPEN');
const probe = jailBundle(fileURLToPath(new URL('./fixtures/probe-harness.ts', import.meta.url)));

describe('the jailed process itself (below the scrubbed globals)', () => {
  const jail = spawnJail({ bundle: probe });
  afterAll(() => jail.kill());

  it('may not read or write files, start processes or worker threads', async () => {
    await jail.ready;
    expect(await jail.call('read', [secret])).toBe('ERR_ACCESS_DENIED');
    expect(await jail.call('write', [join(dir, 'w')])).toBe('ERR_ACCESS_DENIED');
    expect(await jail.call('spawn', [join(dir, 's')])).toBe('ERR_ACCESS_DENIED');
    expect(await jail.call('worker')).toBe('ERR_ACCESS_DENIED');
    expect(existsSync(join(dir, 'w')) || existsSync(join(dir, 's'))).toBe(false);
  });

  it('leaves no Node global to solution code', async () => {
    expect(await jail.call('globals')).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
    ]);
  });

  it('is killed from outside: its process is gone right after kill()', async () => {
    const other = spawnJail({ bundle: probe });
    await other.ready;
    expect(residentMb(other.pid as number)).toBeGreaterThan(0);
    other.kill();
    await expect(other.call('globals')).rejects.toThrow(/ended/);
    expect(residentMb(other.pid as number)).toBeNull();
  });
});
