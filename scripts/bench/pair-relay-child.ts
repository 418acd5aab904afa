// The relay under load, in its own process so its memory is measured apart from the clients.
// Started by pair-load.ts with an IPC channel: answers "stats" with its heap after a GC.
import { startAppServer } from '../serve/app-server';

const port = Number(process.argv[2]);
const app = await startAppServer({ root: 'dist', host: '127.0.0.1', port });
const gc = (globalThis as { gc?: () => void }).gc;

process.on('message', (message) => {
  if (message === 'stats') {
    gc?.();
    const { heapUsed, rss } = process.memoryUsage();
    process.send?.({ heapUsed, rss, ...app.relay.stats() });
  } else if (message === 'stop') {
    void app.close().then(() => process.exit(0));
  }
});
process.send?.('ready');
