import { nodeSandbox } from './lib/node-sandbox';
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const h = await nodeSandbox();
  const t1 = performance.now();
  await (h.api as any).ping?.();
  const tp = performance.now();
  const r = await h.api.load({ code: 'function add(a,b){return a+b}', language: 'js', entry: { kind: 'function', name: 'add', paramShapes: [], returnShape: 'json' } });
  const t2 = performance.now();
  h.dispose();
  console.log((t1 - t).toFixed(0), 'ping', (tp - t1).toFixed(0), 'load', (t2 - tp).toFixed(0), JSON.stringify(r));
}
process.exit(0);
