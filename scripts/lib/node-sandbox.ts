import type { SandboxApi } from '../../src/runner/protocol';
import type { SandboxFactory } from '../../src/runner/run-session';
import { checkedCall } from './jail/checked-call';
import { jsHarnessBundle } from './jail/jail-bundle';
import { SANDBOX_REPLIES } from './jail/reply-schemas';
import { spawnJail, type Jail, type JailOptions } from './jail/spawn-jail';

type Api = SandboxApi & { warmUp(program?: unknown): Promise<void> };

/**
 * A fresh jailed child process per run (see jail/spawn-jail.ts): every solution
 * starts from a clean realm with no file, network or process rights, an endless
 * loop or a memory bomb ends with the process, and only this side decides.
 */
export const jailSandbox = (
  limits: Pick<JailOptions, 'heapMb' | 'memoryMb'> = {},
): SandboxFactory => {
  const start = () => {
    const jail = spawnJail({
      bundle: jsHarnessBundle(),
      args: ['sandbox'],
      snapshot: true,
      ...limits,
    });
    jail.hold(false);
    return jail;
  };
  // One spare child starts while a run goes on, so the next run does not wait for Node to boot
  // (a spare does not keep the CLI alive, and ends itself when the CLI goes).
  let spare: Jail | null = null;
  return async () => {
    const jail = spare ?? start();
    spare = start();
    jail.hold(true);
    const call =
      (method: keyof typeof SANDBOX_REPLIES) =>
      (...args: unknown[]) =>
        checkedCall(jail, SANDBOX_REPLIES, method, args);
    const api = {
      load: call('load'),
      runCase: call('runCase'),
      collectSpec: call('collectSpec'),
      runSpecTest: call('runSpecTest'),
      prepareMeasure: call('prepareMeasure'),
      measureSize: call('measureSize'),
      warmUp: call('warmUp'),
    } as unknown as Api;
    // Ready before the run's budget starts, as the browser's warm spare is.
    const started = await Promise.race([jail.ready.then(() => null), jail.crashed]);
    if (started !== null) throw new Error(`the sandbox did not start: ${started}`);
    return { api, crashed: jail.crashed, dispose: () => jail.kill() };
  };
};

/** The CLI's sandbox, with the default memory limits. */
export const nodeSandbox: SandboxFactory = jailSandbox();
