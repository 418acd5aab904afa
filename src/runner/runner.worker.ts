/// <reference lib="webworker" />
/**
 * The runner's worker entry (JavaScript and TypeScript): bundled into one script and started
 * inside the sandbox host (client/framed-worker.ts). It serves one sandbox over comlink on
 * the port the host hands over. The user's sandbox is made here, before the warm-up's
 * throwaway one runs; the messaging is locked before any user code runs, so user code
 * cannot post forged replies.
 */
import { expose } from 'comlink';
import { createSandbox } from './harness/sandbox';
import { warmUpSandbox, type DryRunProgram } from './harness/warm-up';
import { connectToHost } from './host-connection';

const api = {
  ...createSandbox(),
  ping: () => 'pong',
  warmUp: (program?: DryRunProgram) => warmUpSandbox(createSandbox, program),
};
void connectToHost(self as unknown as DedicatedWorkerGlobalScope).then(({ endpoint }) =>
  expose(api, endpoint),
);
