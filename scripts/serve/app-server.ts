import { createServer, type Server } from 'node:http';
import { codeDrops, type CodeDropOptions } from './code-drop';
import { attachRelay, type Relay, type RelayOptions } from './relay-server';
import { staticFiles } from './static-files';

export interface AppServer {
  server: Server;
  relay: Relay;
  port: number;
  close(): Promise<void>;
}

/**
 * One HTTP server for `npm start`: the built app (with SPA fallback), the relay's clock at
 * /relay/time, the join-by-code drops at /relay/code and the relay itself (WebSocket upgrades
 * on /relay/<room>), all on one port.
 */
export async function startAppServer(options: {
  root: string;
  host: string;
  port: number;
  relay?: RelayOptions;
  codes?: CodeDropOptions;
}): Promise<AppServer> {
  const serve = staticFiles(options.root);
  const codes = codeDrops(options.codes);
  const server = createServer((request, response) => {
    if (codes.handle(request, response)) return;
    if (request.url === '/relay/time') {
      response
        .writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
        .end(JSON.stringify({ now: Date.now() }));
      return;
    }
    serve(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  const relay = attachRelay(server, options.relay);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    server,
    relay,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        relay.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
