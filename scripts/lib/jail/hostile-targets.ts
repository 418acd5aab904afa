import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** What a hostile-code test tries to reach; none of it may be read, written or contacted. */
export interface HostileTargets {
  /** A file holding 'OPEN': reading it is an escape. */
  secret: string;
  /** A path that must not exist after the test: writing it is an escape. */
  marker: string;
  /** The port of a local listener answering 'OPEN'. */
  port(): number;
  /** How many requests reached the listener so far. */
  hits(): number;
}

/** Creates the targets for one test file: a temporary folder and a listener for its tests. */
export function useHostileTargets(name: string): HostileTargets {
  const dir = mkdtempSync(join(tmpdir(), `${name}-`));
  const secret = join(dir, 'secret.txt');
  writeFileSync(secret, 'OPEN');
  let server: Server;
  let hits = 0;
  let port = 0;
  beforeAll(async () => {
    server = createServer((_, res) => {
      hits += 1;
      res.end('OPEN');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { secret, marker: join(dir, 'written-by-solution'), port: () => port, hits: () => hits };
}
