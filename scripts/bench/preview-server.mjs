// Starts `vite preview` on dist/ for the e2e suite and the bench. Vite is spawned with node
// directly (not npx) so the PID we kill is the server itself (STACK-NOTES trap 7).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Serves `<root>/dist` on 127.0.0.1:`port` and resolves once it answers.
 * @param {{ root: string, port: number, timeoutMs?: number }} options
 * @returns {Promise<{ url: string, pid: number | undefined, stop(): void }>}
 */
export async function startPreview({ root, port, timeoutMs = 30_000 }) {
  if (!existsSync(path.join(root, 'dist/index.html'))) {
    throw new Error('dist/index.html is missing — run `npm run build` first.');
  }
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--strictPort',
      '--port',
      String(port),
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  server.stdout.on('data', (chunk) => (log += chunk));
  server.stderr.on('data', (chunk) => (log += chunk));
  let exited = false;
  server.on('exit', () => (exited = true));
  const stop = () => {
    if (exited || !server.pid) return;
    try {
      process.kill(server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`vite preview exited early (port ${port} busy?):\n${log}`);
    try {
      if ((await fetch(url)).ok) return { url, pid: server.pid, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms:\n${log}`);
}
