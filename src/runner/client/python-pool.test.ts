import { expose } from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { createPythonPool } from './python-pool';
import type { SandboxWorker, SpareTiming } from './worker-pool';

/** A Python worker stand-in: answers ping() once the test says its runtime has loaded. */
class FakePythonWorker extends EventTarget implements SandboxWorker {
  static all: FakePythonWorker[] = [];
  terminated = false;
  load: () => void = () => undefined;
  private readonly channel = new MessageChannel();

  constructor() {
    super();
    FakePythonWorker.all.push(this);
    const loaded = new Promise<void>((resolve) => (this.load = resolve));
    expose(
      { ping: async () => (await loaded, 'pong') },
      this.channel.port2 as unknown as Parameters<typeof expose>[1],
    );
  }

  postMessage(message: unknown, transfer: Transferable[] = []): void {
    this.channel.port1.postMessage(message, transfer as never);
  }

  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null) {
    if (type !== 'message') return super.addEventListener(type, listener);
    this.channel.port1.addEventListener('message', listener as never);
    this.channel.port1.start();
  }

  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null) {
    if (type !== 'message') return super.removeEventListener(type, listener);
    this.channel.port1.removeEventListener('message', listener as never);
  }

  terminate(): void {
    this.terminated = true;
    this.channel.port1.close();
  }
}

afterEach(() => {
  for (const worker of FakePythonWorker.all) worker.terminate();
  FakePythonWorker.all = [];
});

const timing: SpareTiming = { duringRunMs: 10_000, afterRun: () => undefined };
const settled = (promise: Promise<unknown>) => {
  let done = false;
  void promise.then(() => (done = true));
  return () => done;
};
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('createPythonPool: prepare()', () => {
  it('starts one runtime, says it is loading, and resolves once that runtime answers', async () => {
    const pool = createPythonPool(() => new FakePythonWorker(), timing);
    const heard: boolean[] = [];
    pool.onLoading((loading) => heard.push(loading));
    const prepared = pool.prepare();
    const done = settled(prepared);
    await tick();
    expect(FakePythonWorker.all).toHaveLength(1);
    expect(heard).toEqual([true]);
    expect(done()).toBe(false);
    expect(pool.isReady()).toBe(false);

    FakePythonWorker.all[0]?.load();
    await prepared;
    expect(heard).toEqual([true, false]);
    expect(pool.isReady()).toBe(true);
    pool.dispose();
  });

  it('a second prepare() while loading waits for the same runtime; once ready it resolves at once', async () => {
    const pool = createPythonPool(() => new FakePythonWorker(), timing);
    const first = pool.prepare();
    const second = settled(pool.prepare());
    await tick();
    expect(FakePythonWorker.all).toHaveLength(1);
    expect(second()).toBe(false);
    FakePythonWorker.all[0]?.load();
    await first;
    await tick();
    expect(second()).toBe(true);

    const heard: boolean[] = [];
    pool.onLoading((loading) => heard.push(loading));
    await pool.prepare();
    expect(FakePythonWorker.all).toHaveLength(1);
    expect(heard).toEqual([]); // nothing to announce: Python is ready
    pool.dispose();
  });

  it('the run after prepare() uses the runtime it loaded', async () => {
    const pool = createPythonPool(() => new FakePythonWorker(), timing);
    const prepared = pool.prepare();
    FakePythonWorker.all[0]?.load();
    await prepared;
    const handle = await pool.acquire();
    expect(FakePythonWorker.all).toHaveLength(1);
    handle.dispose(true);
    pool.dispose();
  });

  it('after dispose() it resolves without starting anything', async () => {
    const pool = createPythonPool(() => new FakePythonWorker(), timing);
    pool.dispose();
    await pool.prepare();
    expect(FakePythonWorker.all).toHaveLength(0);
  });
});
