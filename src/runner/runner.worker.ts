/// <reference lib="webworker" />
/**
 * The Web Worker entry: serves one sandbox over comlink. It imports only the
 * harness. The message endpoint is captured and the worker's own messaging is
 * locked before any user code runs, so user code cannot post forged replies.
 * The user's sandbox is made here, before the warm-up's throwaway one runs.
 */
import { expose } from 'comlink';
import { createSandbox } from './harness/sandbox';
import { lockMessaging } from './harness/lock-messaging';
import { warmUpSandbox, type DryRunProgram } from './harness/warm-up';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const endpoint = lockMessaging(scope);
expose(
  {
    ...createSandbox(),
    ping: () => 'pong',
    warmUp: (program?: DryRunProgram) => warmUpSandbox(createSandbox, program),
  },
  endpoint,
);
