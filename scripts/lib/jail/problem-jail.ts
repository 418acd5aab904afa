/**
 * checker.js and generator.js in their own jailed child (never the one running
 * solution code). Every call has a time limit; past it the child is killed and
 * the error names the file, so a hanging checker or generator cannot hang a CLI.
 */
import type { AsyncChecker } from '../../../src/runner/async-checker';
import { checkedCall } from './checked-call';
import { jsHarnessBundle } from './jail-bundle';
import { PROBLEM_REPLIES } from './reply-schemas';
import { spawnJail, type Jail } from './spawn-jail';

/** An error in problem code: the message starts with the file's name. */
export class ProblemCodeError extends Error {}

export const PROBLEM_CALL_MS = 5000;

export interface ProblemCode {
  /** checker.js as an AsyncChecker for runTests; rejects naming checker.js. */
  checker(source: string, callMs?: number): Promise<AsyncChecker>;
  /** generate(n, random) of generator.js, seeded as generateArgs seeds it. */
  generate(source: string, n: number, seed?: number, callMs?: number): Promise<unknown>;
  dispose(): void;
}

export function openProblemCode(): ProblemCode {
  let jail: Jail | null = null;
  let starting: Promise<Jail> | null = null;
  let loaded: { checker?: string; generator?: string } = {};
  /** A file that hung or crashed its process stays failed: later calls fail at once. */
  const broken = new Map<string, ProblemCodeError>();
  const forget = (which: Jail) => {
    if (jail !== which) return;
    jail = null;
    starting = null;
  };
  /** The running child, or a new one (after a kill) ready to answer. */
  const fresh = (): Promise<Jail> => {
    if (starting) return starting;
    const started = spawnJail({ bundle: jsHarnessBundle(), args: ['problem'], snapshot: true });
    jail = started;
    loaded = {};
    void started.crashed.then(() => forget(started));
    starting = Promise.race([started.ready.then(() => null), started.crashed]).then((early) => {
      if (early !== null) throw new Error(`the problem-code jail did not start: ${early}`);
      return started;
    });
    return starting;
  };

  async function call<K extends keyof typeof PROBLEM_REPLIES>(
    file: string,
    method: K,
    args: unknown[],
    callMs: number,
  ) {
    const failed = broken.get(file);
    if (failed) throw failed;
    const current = await fresh();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new ProblemCodeError(
          `${file} did not finish within ${callMs} ms (an endless loop?) and was stopped`,
        );
        broken.set(file, error);
        current.kill();
        forget(current);
        reject(error);
      }, callMs);
    });
    const died = current.crashed.then((reason) => {
      const error = new ProblemCodeError(`${file} crashed its process: ${reason}`);
      broken.set(file, error);
      throw error;
    });
    try {
      return await Promise.race([
        checkedCall(current, PROBLEM_REPLIES, method, args),
        timedOut,
        died,
      ]);
    } catch (error) {
      if (error instanceof ProblemCodeError) throw error;
      throw new ProblemCodeError(`${file}: ${(error as Error).message}`);
    } finally {
      clearTimeout(timer);
    }
  }

  const ensure = async (kind: 'checker' | 'generator', source: string, callMs: number) => {
    if (jail && loaded[kind] === source) return;
    const file = `${kind}.js`;
    const result = await call(
      file,
      kind === 'checker' ? 'loadChecker' : 'loadGenerator',
      [source],
      callMs,
    );
    if (!result.ok) throw new ProblemCodeError(`${file}: ${result.error}`);
    loaded[kind] = source;
  };

  return {
    async checker(source, callMs = PROBLEM_CALL_MS) {
      await ensure('checker', source, callMs);
      const check = async (args: unknown[], actual: unknown, expected: unknown) => {
        await ensure('checker', source, callMs);
        const result = await call('checker.js', 'check', [args, actual, expected], callMs);
        if (!result.ok) throw new ProblemCodeError(`checker.js: ${result.error}`);
        return result.verdict;
      };
      return Object.assign(check, { async: true as const });
    },
    async generate(source, n, seed = 42, callMs = PROBLEM_CALL_MS) {
      await ensure('generator', source, callMs);
      const result = await call('generator.js', 'generate', [n, seed], callMs);
      if (!result.ok) throw new ProblemCodeError(`generator.js at n=${n}: ${result.error}`);
      return result.args;
    },
    dispose() {
      if (jail) {
        jail.kill();
        forget(jail);
      }
    },
  };
}
