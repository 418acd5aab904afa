/**
 * Starts a jailed child process (the parent side of jail-runtime.ts). The child
 * runs with Node's permission model (it may read its own bundle and nothing else,
 * or nothing at all when it starts from the bundle's snapshot; no child processes,
 * no worker threads, no addons), with code generation from
 * strings disabled, a V8 heap limit, an empty environment and its stdout ignored.
 * The parent watches its resident memory and kills it on a limit or when told to.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { jailSnapshot } from './jail-snapshot';
import { watchMemory } from './memory-watch';

export interface JailOptions {
  /** The bundled harness file the child runs (see jail-bundle.ts). */
  bundle: string;
  /** Arguments for the harness (e.g. its role). */
  args?: string[];
  /** Extra files or folders the harness may read (a language runtime's files). */
  allowRead?: string[];
  /** V8 old-space limit. */
  heapMb?: number;
  /** Resident-memory limit watched from the parent (covers ArrayBuffers and wasm memory). */
  memoryMb?: number;
  /** The child is killed after this long whatever it is doing. */
  lifetimeMs?: number;
  /**
   * Start the child from a V8 start-up snapshot of the bundle (see jail-snapshot.ts); the bundle
   * must register its main function when a snapshot is being built. Falls back to the plain bundle.
   */
  snapshot?: boolean;
}

export interface Jail {
  /** Calls a method of the harness; rejects if the child dies or answers out of protocol. */
  call(method: string, args?: unknown[]): Promise<unknown>;
  /** Resolves with a reason when the child dies or is killed (never for a normal kill()). */
  crashed: Promise<string>;
  /** Resolves once the harness has scrubbed its globals and listens. */
  ready: Promise<void>;
  kill(): void;
  /** false: the child does not keep the CLI alive (a spare waiting for work); true (default): it does. */
  hold(held: boolean): void;
  pid: number | undefined;
}

export const DEFAULT_HEAP_MB = 512;
export const DEFAULT_MEMORY_MB = 1024;
const DEFAULT_LIFETIME_MS = 10 * 60_000;
/** Enough of the child's stderr to recognise V8's out-of-memory report; it is never printed. */
const STDERR_KEPT = 4096;

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** The child's V8 flags: a snapshot must be built with the same ones it is started with. */
export function jailV8Flags(options: Pick<JailOptions, 'heapMb'>): string[] {
  return [
    '--disallow-code-generation-from-strings',
    `--max-old-space-size=${options.heapMb ?? DEFAULT_HEAP_MB}`,
  ];
}

function jailArgs(options: JailOptions): string[] {
  const v8Flags = jailV8Flags(options);
  const snapshot = options.snapshot ? jailSnapshot(options.bundle, v8Flags) : null;
  // A child restored from a snapshot reads no bundle: it needs no read permission for one.
  const reads = [...(snapshot ? [] : [options.bundle]), ...(options.allowRead ?? [])];
  return [
    ...(snapshot ? ['--snapshot-blob', snapshot] : []),
    '--experimental-permission',
    ...reads.map((path) => `--allow-fs-read=${path}`),
    ...v8Flags,
    '--no-warnings',
  ];
}

/**
 * Every child still alive. A child busy in solution code never sees its parent go (its event
 * loop is blocked), so when the CLI exits — `process.exit` skips pending timers such as a
 * kill after a settle delay — the live children are killed with it, never left orphaned.
 */
const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

export function spawnJail(options: JailOptions): Jail {
  const memoryMb = options.memoryMb ?? DEFAULT_MEMORY_MB;
  const child: ChildProcess = fork(options.bundle, options.args ?? [], {
    execArgv: jailArgs(options),
    env: {},
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  live.add(child);
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let stderr = '';
  let killedFor: string | null = null;
  let dead = false;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  let reportCrash: (reason: string) => void = () => undefined;
  const crashed = new Promise<string>((resolve) => (reportCrash = resolve));
  let markExited: (reason: string) => void = () => undefined;
  const exited = new Promise<string>((resolve) => (markExited = resolve));

  const kill = (reason?: string) => {
    if (reason && !killedFor) killedFor = reason;
    if (!dead) child.kill('SIGKILL');
  };
  const stopWatch = child.pid
    ? watchMemory(child.pid, memoryMb, (mb) =>
        kill(`it used ${Math.round(mb)} MB of memory, over the ${memoryMb} MB limit`),
      )
    : () => undefined;
  const lifetime = setTimeout(
    () =>
      kill(
        `it ran past the jail's ${(options.lifetimeMs ?? DEFAULT_LIFETIME_MS) / 1000} s lifetime`,
      ),
    options.lifetimeMs ?? DEFAULT_LIFETIME_MS,
  );
  lifetime.unref();

  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    if (stderr.length < STDERR_KEPT) stderr += chunk.slice(0, STDERR_KEPT - stderr.length);
  });
  const violation = (what: string) => kill(`it broke the message protocol (${what})`);
  child.on('message', (message: unknown) => {
    if (typeof message !== 'object' || message === null) return violation('not an object');
    const m = message as {
      id?: unknown;
      ok?: unknown;
      value?: unknown;
      error?: unknown;
      ready?: unknown;
    };
    if (m.ready === true && m.id === undefined) return markReady();
    const call = typeof m.id === 'number' ? pending.get(m.id) : undefined;
    if (!call || typeof m.ok !== 'boolean') return violation('a reply to no pending call');
    pending.delete(m.id as number);
    if (m.ok) call.resolve(m.value);
    else call.reject(new Error(typeof m.error === 'string' ? m.error.slice(0, 2000) : 'failed'));
  });
  child.on('error', (error) => kill(`it could not start: ${error.message}`));
  child.on('exit', (code, signal) => {
    dead = true;
    live.delete(child);
    stopWatch();
    clearTimeout(lifetime);
    const outOfMemory = /heap out of memory|Reached heap limit|allocation failed/i.test(stderr);
    const reason =
      killedFor ??
      (outOfMemory
        ? `it ran out of memory (heap limit ${options.heapMb ?? DEFAULT_HEAP_MB} MB)`
        : `it exited (${signal ?? `code ${code}`})`);
    if (killedFor !== 'disposed') reportCrash(reason);
    for (const call of pending.values()) call.reject(new Error(`the jail ended: ${reason}`));
    pending.clear();
    markExited(reason);
  });

  return {
    pid: child.pid,
    ready,
    crashed,
    kill: () => kill('disposed'),
    hold(held) {
      const method = held ? 'ref' : 'unref';
      child[method]();
      (child.channel as { ref(): void; unref(): void } | undefined)?.[method]();
      (child.stderr as { ref(): void; unref(): void } | null)?.[method]();
    },
    call(method, args = []) {
      // Once a kill is asked for, no call reaches the child: it rejects when the child is gone.
      if (dead || killedFor !== null)
        return exited.then((reason) => Promise.reject(new Error(`the jail ended: ${reason}`)));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        child.send({ id, method, args }, (error) => {
          if (error && pending.delete(id))
            exited.then((reason) =>
              reject(new Error(`the jail ended: ${reason} (${error.message})`)),
            );
        });
      });
    },
  };
}
