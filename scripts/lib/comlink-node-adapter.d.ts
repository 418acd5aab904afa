// comlink ships node-adapter.d.ts beside the .mjs; "bundler" resolution looks for .d.mts and misses it.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  import type { Endpoint } from 'comlink';
  import type { MessagePort, Worker } from 'node:worker_threads';

  export default function nodeEndpoint(nep: MessagePort | Worker): Endpoint;
}
