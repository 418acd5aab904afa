import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A fake host name the browser maps to the listener, so a request leaving the sandbox is seen. */
export const ESCAPE_HOST = 'escape.mockround.test';

/**
 * A local HTTP listener that records every request and WebSocket upgrade reaching it, and
 * answers everything with permissive CORS, so only the sandbox can stop a request.
 */
export interface EscapeListener {
  port: number;
  /** "GET /path" for every request or upgrade that reached the listener. */
  hits: string[];
  /** Chromium flag mapping ESCAPE_HOST to this listener. */
  resolverArg: string;
  /** http://ESCAPE_HOST:port */
  origin: string;
  close(): Promise<void>;
}

export async function startEscapeListener(): Promise<EscapeListener> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    const type = req.url?.endsWith('.js') ? 'text/javascript' : 'text/plain';
    const body = req.url?.startsWith('/events') ? 'data: escaped\n\n' : 'self.escaped = true;';
    res.writeHead(200, {
      'access-control-allow-origin': '*',
      'content-type': req.url?.startsWith('/events') ? 'text/event-stream' : type,
    });
    res.end(body);
  });
  server.on('upgrade', (req, socket) => {
    hits.push(`UPGRADE ${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    hits,
    resolverArg: `--host-resolver-rules=MAP ${ESCAPE_HOST} 127.0.0.1`,
    origin: `http://${ESCAPE_HOST}:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
