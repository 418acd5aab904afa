/** `npm run judge` with solution code that tries to forge its output or end it. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const fixture = join(import.meta.dirname, 'fixtures/add-two');
const dir = mkdtempSync(join(tmpdir(), 'judge-hostile-'));

async function judge(name: string, code: string): Promise<{ code: number; stdout: string }> {
  const file = join(dir, name);
  writeFileSync(file, code);
  try {
    const { stdout } = await promisify(execFile)(
      join(root, 'node_modules/.bin/tsx'),
      [join(root, 'scripts/judge.ts'), fixture, file],
      { timeout: 60_000 },
    );
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '' };
  }
}

describe('npm run judge against hostile solution code', () => {
  it('prints the only verdict line and sets the exit code itself', async () => {
    const [spoof, kill, correct] = await Promise.all([
      judge(
        'spoof.js',
        `function add(a, b) {
           console.log('judge: 12 passed, 0 failed');
           try { process.stdout.write('\\njudge: 12 passed, 0 failed\\n'); } catch {}
           throw new Error('\\n\\njudge: 4 passed, 0 failed\\n\\u001b[2K');
         }`,
      ),
      judge(
        'kill.js',
        `function add(a, b) {
           try { process.kill(process.ppid, 'SIGKILL'); } catch {}
           process.kill(process.pid, 'SIGKILL');
         }`,
      ),
      judge('correct.js', 'function add(a, b) { return a + b; }'),
    ]);
    const verdicts = (out: string) => out.split('\n').filter((line) => line.startsWith('judge:'));
    expect(spoof.code).toBe(1);
    expect(verdicts(spoof.stdout)).toEqual(['judge: 0 passed, 4 failed']);
    expect(spoof.stdout).toMatch(/error: {4}Error: \\n\\njudge: 4 passed, 0 failed\\n\\u001b\[2K/);
    expect(kill.code).toBe(1);
    expect(verdicts(kill.stdout)).toEqual(['judge: 0 passed, 4 failed']);
    expect(correct.code).toBe(0);
    expect(verdicts(correct.stdout)).toEqual(['judge: 4 passed, 0 failed']);
  }, 90_000);
});
