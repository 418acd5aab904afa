// `npm start [-- --host 0.0.0.0] [--port 4173] [--no-build]`: builds the app when dist/ is
// missing or older than its sources, then serves it and the pair relay on one port, and prints
// the address a partner on the local network should open.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startAppServer } from './serve/app-server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: process.env.PORT ?? '4173' },
    'no-build': { type: 'boolean', default: false },
  },
});

/** The newest modification time under the app's sources. */
function newestSource(): number {
  let newest = 0;
  const visit = (entry: string) => {
    if (!existsSync(entry)) return;
    const info = statSync(entry);
    if (info.isDirectory()) {
      for (const name of readdirSync(entry)) visit(path.join(entry, name));
    } else newest = Math.max(newest, info.mtimeMs);
  };
  for (const entry of ['src', 'problems', 'public', 'index.html', 'vite.config.ts', 'package.json'])
    visit(path.join(root, entry));
  return newest;
}

const built = path.join(root, 'dist/index.html');
if (!values['no-build'] && (!existsSync(built) || statSync(built).mtimeMs < newestSource())) {
  console.log('Building the app (dist/ is missing or older than the sources)…');
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port: expected a port number, got "${values.port}"`);
  process.exit(2);
}
const app = await startAppServer({ root: path.join(root, 'dist'), host: values.host, port }).catch(
  (error: unknown) => {
    console.error(`Cannot listen on ${values.host}:${port}: ${(error as Error).message}`);
    process.exit(1);
  },
);

const everywhere = values.host === '0.0.0.0' || values.host === '::';
const lan = Object.values(networkInterfaces())
  .flat()
  .filter((net) => net && net.family === 'IPv4' && !net.internal)
  .map((net) => `http://${net!.address}:${app.port}`);
const local = `http://${everywhere ? '127.0.0.1' : values.host}:${app.port}`;
console.log(`MockRound is running (app and pair relay on one port).`);
console.log(`  This machine:   ${local}`);
if (everywhere && lan.length > 0) {
  console.log(`  On the network: ${lan[0]}`);
  for (const other of lan.slice(1)) console.log(`                  ${other}`);
  console.log('Open MockRound at the network address: "Invite a partner" makes links on it.');
} else if (!everywhere) {
  console.log('  A partner on another machine needs `npm start -- --host 0.0.0.0`.');
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
