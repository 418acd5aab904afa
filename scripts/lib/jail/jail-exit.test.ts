import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000 });

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

it('a jailed child busy in solution code dies with the CLI that started it', async () => {
  const fixture = fileURLToPath(new URL('./jail-exit.fixture.ts', import.meta.url));
  const out = execFileSync(process.execPath, ['--import', 'tsx', fixture], { encoding: 'utf8' });
  const pid = Number(out.trim().split('\n').at(-1));
  expect(pid).toBeGreaterThan(0);
  try {
    await vi.waitFor(() => expect(alive(pid)).toBe(false), { timeout: 5_000 });
  } finally {
    if (alive(pid)) process.kill(pid, 'SIGKILL');
  }
});
