/** Worker-thread entry for the CLI: the same harness the browser's Web Worker serves. */
import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createSandbox } from '../../src/runner/harness/sandbox';
import { warmUpSandbox, type DryRunProgram } from '../../src/runner/harness/warm-up';

if (!parentPort) throw new Error('sandbox-thread must run in a worker thread');
// A browser worker logs an unhandled rejection and carries on; Node would end the thread.
process.on('unhandledRejection', () => undefined);
expose(
  {
    ...createSandbox(),
    ping: () => 'pong',
    warmUp: (program?: DryRunProgram) => warmUpSandbox(createSandbox, program),
  },
  nodeEndpoint(parentPort),
);
