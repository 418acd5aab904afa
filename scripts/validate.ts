/**
 * npm run validate [-- <pack-dir>]: proves every problem of a pack (default: problems/).
 * One line per problem, a summary line, exit 1 on any failure.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { ProblemError, parseProblem } from '../src/domain/problem/parse-problem';
import { checkProblem } from './lib/check-problem';
import { readProblemPack } from './lib/read-problem-dir';

const packDir = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'problems');
const started = performance.now();
let entries: ReturnType<typeof readProblemPack>;
try {
  entries = readProblemPack(packDir);
} catch (error) {
  console.error(`cannot read ${packDir}: ${(error as Error).message}`);
  process.exit(2);
}

async function validateOne({ dir, files }: (typeof entries)[number]): Promise<{ ok: boolean; line: string }> {
  const t0 = performance.now();
  const rel = dir.startsWith(process.cwd()) ? dir.slice(process.cwd().length + 1) : dir;
  try {
    const problem = parseProblem(rel, files);
    const check = await checkProblem(problem);
    const ms = Math.round(performance.now() - t0);
    if (check.failures.length) return { ok: false, line: `✗ ${problem.slug}: ${check.failures.join('; ')}` };
    return { ok: true, line: `✓ ${problem.slug} (${check.tests} tests, ${check.wrongRejected} wrong rejected, ${ms} ms)` };
  } catch (error) {
    const message = error instanceof ProblemError ? error.message : `${rel}: ${(error as Error).message}`;
    return { ok: false, line: `✗ ${message}` };
  }
}

const results: { ok: boolean; line: string }[] = new Array(entries.length);
let next = 0;
async function worker(): Promise<void> {
  while (next < entries.length) {
    const i = next++;
    results[i] = await validateOne(entries[i] as (typeof entries)[number]);
    console.log(results[i]?.line);
  }
}
await Promise.all(Array.from({ length: Math.max(1, Math.min(availableParallelism(), 4)) }, worker));

const failed = results.filter((r) => !r.ok).length;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`\nproblems: ${results.length - failed} passed, ${failed} failed (${seconds} s)`);
process.exit(failed > 0 || results.length === 0 ? 1 : 0);
