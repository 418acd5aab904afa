/**
 * The sandbox host page: an opaque-origin iframe document (sandbox="allow-scripts", no
 * allow-same-origin) whose Content-Security-Policy allows nothing but running scripts and
 * blob: workers. Workers started from blob: URLs inherit the page's opaque origin and its
 * policy, so the code they run can reach no network, no storage and none of the app's files.
 */
export const SANDBOX_CSP = [
  "default-src 'none'",
  "script-src 'unsafe-inline' 'unsafe-eval' 'wasm-unsafe-eval' blob:",
  'worker-src blob:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The message a sandbox worker receives first: its channel to the app, and its files. */
export const INIT_KIND = 'mockround-sandbox-init';

/**
 * The host's own script (trusted; user code never runs in this document). It accepts
 * messages from the embedding app only: "spawn" starts the worker from the given script
 * text and hands it the app's MessagePort; "terminate" ends it; "ping" is answered so the
 * app can tell a live sandbox from one whose process died. Worker errors go to the app.
 */
const HOST_SCRIPT = `
'use strict';
let worker = null;
const tell = (message) => parent.postMessage(message, '*');
addEventListener('message', (event) => {
  if (event.source !== parent) return;
  const data = event.data || {};
  if (data.kind === 'spawn' && !worker) {
    const url = URL.createObjectURL(data.source);
    try {
      worker = new Worker(url, { name: data.name });
    } catch (error) {
      tell({ kind: 'error', message: String(error && error.message || error) });
      return;
    } finally {
      URL.revokeObjectURL(url);
    }
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      tell({ kind: 'error', message: e.message || 'the sandbox worker failed' });
    });
    worker.addEventListener('messageerror', () =>
      tell({ kind: 'error', message: 'a message from the sandbox could not be read' }));
    worker.postMessage(
      { kind: '${INIT_KIND}', port: data.port, files: data.files },
      [data.port].concat(data.transfer || []),
    );
  } else if (data.kind === 'terminate' && worker) {
    worker.terminate();
  } else if (data.kind === 'ping') {
    tell({ kind: 'pong' });
  }
});
tell({ kind: 'ready' });
`;

/** The host page's HTML, for the iframe's srcdoc. */
export function sandboxDocument(): string {
  const csp = SANDBOX_CSP.replace(/"/g, '&quot;');
  return `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${csp}"><script>${HOST_SCRIPT}</script></head><body></body></html>`;
}
