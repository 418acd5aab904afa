// `npm run test:e2e`: serve the built app (dist/) with `vite preview`, run the e2e suite
// with vitest.e2e.config.ts, stop the server, and exit with vitest's code. CI builds first.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPreview } from '../../scripts/bench/preview-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.env.E2E_PORT ?? 4173);

let server;
try {
  server = await startPreview({ root, port });
} catch (error) {
  console.error(`tests/e2e: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
const stop = () => server.stop();
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.on(signal, () => {
    stop();
    process.exit(code);
  });
}
console.log(`tests/e2e: vite preview on ${server.url} (pid ${server.pid})`);

const vitest = spawn(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--config',
    'vitest.e2e.config.ts',
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, E2E_BASE_URL: server.url } },
);
const code = await new Promise((resolve) =>
  vitest.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))),
);
stop();
process.exit(code);
