// The Big-O accuracy section of `npm run bench`: runs the TypeScript benches through tsx
// (bench.mjs is plain Node) and returns their summary rows in bench.mjs's row format.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Rows { what, measured, target, ok } from one bench script's `--rows` output (its progress goes to stderr). */
function rowsOf(script, ...flags) {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join('scripts/bench', script), '--rows', ...flags],
    {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return JSON.parse(out.trim().split('\n').at(-1) ?? '[]');
}

/**
 * Node sandbox idle and with one core busy, the same cases in Python (the CLI's Pyodide runtimes,
 * same targets), then the Chromium worker path.
 */
export async function sectionComplexity() {
  return [
    ...rowsOf('complexity-accuracy.ts'),
    ...rowsOf('complexity-accuracy.ts', '--python'),
    ...rowsOf('complexity-browser.ts'),
  ];
}
