import { expose } from 'comlink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SandboxApi } from '../protocol';
import { createWorkerPool, type SandboxWorker, type SpareTiming } from './worker-pool';

/** A Worker stand-in: a MessageChannel whose far end serves a tiny API through comlink. */
class FakeWorker extends EventTarget implements SandboxWorker {
  static all: FakeWorker[] = [];
  readonly id = FakeWorker.all.length;
  terminated = false;
  warmUps = 0;
  private readonly channel = new MessageChannel();
  releaseWarmUp: () => void = () => undefined;

  constructor(warmUpDelayed = false) {
    super();
    FakeWorker.all.push(this);
    const warmed = warmUpDelayed
      ? new Promise<void>((resolve) => (this.releaseWarmUp = resolve))
      : Promise.resolve();
    const api = {
      warmUp: async () => {
        this.warmUps += 1;
        await warmed;
      },
      load: async () => ({ ok: true, worker: this.id }),
    };
    expose(api, this.channel.port2 as unknown as Parameters<typeof expose>[1]);
  }

  postMessage(message: unknown, transfer: Transferable[] = []): void {
    this.channel.port1.postMessage(message, transfer as never);
  }

  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
  ): void {
    if (type !== 'message') return super.addEventListener(type, listener);
    this.channel.port1.addEventListener('message', listener as never);
    this.channel.port1.start();
  }

  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
  ): void {
    if (type !== 'message') return super.removeEventListener(type, listener);
    this.channel.port1.removeEventListener('message', listener as never);
  }

  terminate(): void {
    this.terminated = true;
    this.channel.port1.close();
  }

  fail(message: string): void {
    const event = new Event('error', { cancelable: true }) as Event & { message: string };
    event.message = message;
    this.dispatchEvent(event);
  }
}

afterEach(() => {
  for (const worker of FakeWorker.all) worker.terminate();
  FakeWorker.all = [];
});

const loadVia = (api: SandboxApi) =>
  api.load({
    code: '',
    language: 'js',
    entry: { kind: 'function', name: 'f', paramShapes: [], returnShape: 'json' },
  });

/** Spare timing driven by the test: `ended()` plays "the run ended and its results were painted". */
function manualTiming(duringRunMs = 10_000) {
  const waiting: (() => void)[] = [];
  const timing: SpareTiming = { duringRunMs, afterRun: (start) => waiting.push(start) };
  return { timing, ended: () => waiting.splice(0).forEach((start) => start()) };
}

const workers = () => FakeWorker.all.length;

describe('createWorkerPool', () => {
  it('warms one spare at once and hands it out once its warm-up is done', async () => {
    const { timing } = manualTiming();
    const pool = createWorkerPool(() => new FakeWorker(), timing);
    expect(workers()).toBe(1);
    const first = await pool.acquire();
    expect(FakeWorker.all[0]?.warmUps).toBe(1);
    expect(await loadVia(first.api)).toEqual({ ok: true, worker: 0 });
    first.dispose();
    expect(FakeWorker.all[0]?.terminated).toBe(true);
    pool.dispose();
  });

  it('starts the next spare only after the run has ended, not while it runs', async () => {
    const { timing, ended } = manualTiming();
    const pool = createWorkerPool(() => new FakeWorker(), timing);
    const first = await pool.acquire();
    expect(workers()).toBe(1);
    first.dispose();
    expect(workers()).toBe(1);
    ended();
    expect(workers()).toBe(2);
    const second = await pool.acquire();
    expect(await loadVia(second.api)).toEqual({ ok: true, worker: 1 });
    expect(FakeWorker.all[1]?.warmUps).toBe(1);
    pool.dispose();
  });

  it('ends an idle used worker only after the results are painted, a busy one at once', async () => {
    const { timing, ended } = manualTiming();
    const pool = createWorkerPool(() => new FakeWorker(), timing);
    const idle = await pool.acquire();
    idle.dispose(true);
    expect(FakeWorker.all[0]?.terminated).toBe(false);
    ended();
    expect(FakeWorker.all[0]?.terminated).toBe(true);
    const busy = await pool.acquire();
    busy.dispose();
    expect(FakeWorker.all[1]?.terminated).toBe(true);
    pool.dispose();
  });

  it('starts the next spare alongside a run that goes on past duringRunMs, and only once', async () => {
    const { timing, ended } = manualTiming(20);
    const pool = createWorkerPool(() => new FakeWorker(), timing);
    const long = await pool.acquire();
    await vi.waitFor(() => expect(workers()).toBe(2), { timeout: 5_000 });
    long.dispose(true);
    ended();
    expect(workers()).toBe(2);
    pool.dispose();
  });

  it('ends the spare with a busy (runaway) worker, so their process can exit, and starts a fresh one after the run', async () => {
    const { timing, ended } = manualTiming(20);
    const pool = createWorkerPool(() => new FakeWorker(), timing);
    const runaway = await pool.acquire();
    await vi.waitFor(() => expect(workers()).toBe(2), { timeout: 5_000 });
    runaway.dispose();
    expect(FakeWorker.all.map((w) => w.terminated)).toEqual([true, true]);
    ended();
    expect(workers()).toBe(3);
    expect(FakeWorker.all[2]?.terminated).toBe(false);
    pool.dispose();
  });

  it('never starts a spare during a run that asked for replaceAfterRun', async () => {
    const { timing, ended } = manualTiming(5);
    const pool = createWorkerPool(() => new FakeWorker(), timing);
    const measuring = await pool.acquire({ replaceAfterRun: true });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(workers()).toBe(1);
    measuring.dispose();
    ended();
    expect(workers()).toBe(2);
    pool.dispose();
  });

  it('starts a worker at once for a run that comes before the spare was started', async () => {
    const { timing, ended } = manualTiming();
    const pool = createWorkerPool(() => new FakeWorker(), timing);
    const a = await pool.acquire();
    a.dispose();
    const b = await pool.acquire();
    expect(await loadVia(b.api)).toEqual({ ok: true, worker: 1 });
    // The first run's plan was replaced by the second's: one spare after both.
    b.dispose();
    ended();
    expect(workers()).toBe(3);
    pool.dispose();
  });

  it('never reuses a worker: each acquire gets a different one', async () => {
    const pool = createWorkerPool(() => new FakeWorker(), manualTiming().timing);
    const a = await pool.acquire();
    const b = await pool.acquire();
    expect(await loadVia(a.api)).toEqual({ ok: true, worker: 0 });
    expect(await loadVia(b.api)).toEqual({ ok: true, worker: 1 });
    pool.dispose();
  });

  it('waits for the spare to finish its warm-up before handing it out', async () => {
    const pool = createWorkerPool(() => new FakeWorker(true), manualTiming().timing);
    let handed = false;
    const acquiring = pool.acquire().then((handle) => {
      handed = true;
      return handle;
    });
    await vi.waitFor(() => expect(FakeWorker.all[0]?.warmUps).toBe(1), { timeout: 5_000 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(handed).toBe(false);
    FakeWorker.all[0]?.releaseWarmUp();
    await acquiring;
    expect(handed).toBe(true);
    pool.dispose();
  });

  it('resolves crashed with the message of the worker error event', async () => {
    const pool = createWorkerPool(() => new FakeWorker(), manualTiming().timing);
    const handle = await pool.acquire();
    FakeWorker.all[0]?.fail('Uncaught RangeError: Array buffer allocation failed');
    await expect(handle.crashed).resolves.toBe(
      'Uncaught RangeError: Array buffer allocation failed',
    );
    pool.dispose();
  });

  it('hands out a worker that failed to start, already marked crashed', async () => {
    const pool = createWorkerPool(() => new FakeWorker(true), manualTiming().timing);
    FakeWorker.all[0]?.fail('');
    const handle = await pool.acquire();
    await expect(handle.crashed).resolves.toBe('the sandbox worker failed');
    pool.dispose();
  });

  it('terminates the idle spare on dispose and refuses to hand out more', async () => {
    const pool = createWorkerPool(() => new FakeWorker(), manualTiming().timing);
    pool.dispose();
    expect(FakeWorker.all[0]?.terminated).toBe(true);
    await expect(pool.acquire()).rejects.toThrow(/shut down/);
  });

  it('starts no spare after it was disposed', async () => {
    const { timing, ended } = manualTiming();
    const pool = createWorkerPool(() => new FakeWorker(), timing);
    const handle = await pool.acquire();
    handle.dispose();
    pool.dispose();
    ended();
    expect(workers()).toBe(1);
  });
});
