/**
 * Imported first by a jail entry that may be built into a start-up snapshot (jail-snapshot.ts).
 * A timer scheduled while the snapshot is being built is restored with the heap but not with
 * the event loop, and then timers in a restored child may never fire (@sinonjs/fake-timers
 * schedules a no-op setTimeout when it loads, to see what timers return). So while the
 * snapshot is built, the timer functions schedule nothing and return an inert handle; in every
 * restored child the globals are Node's own again, and what a module captured while loading
 * (spec-call.ts keeps the real setTimeout for test time limits) calls Node's own.
 */
import { startupSnapshot } from 'node:v8';

if (startupSnapshot.isBuildingSnapshot()) {
  let building = true;
  const inert = {
    ref: () => inert,
    unref: () => inert,
    hasRef: () => false,
    refresh: () => inert,
    [Symbol.toPrimitive]: () => 0,
  };
  const global = globalThis as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals: [string, (...args: unknown[]) => unknown][] = [];
  for (const name of ['setTimeout', 'setInterval', 'setImmediate']) {
    const real = global[name] as (...args: unknown[]) => unknown;
    originals.push([name, real]);
    const wrapped = {
      [name](this: unknown, ...args: unknown[]) {
        return building ? inert : Reflect.apply(real, this, args);
      },
    }[name] as (...args: unknown[]) => unknown;
    for (const key of Object.getOwnPropertySymbols(real))
      Object.defineProperty(wrapped, key, Object.getOwnPropertyDescriptor(real, key) as object);
    global[name] = wrapped;
  }
  startupSnapshot.addDeserializeCallback(() => {
    building = false;
    for (const [name, real] of originals) global[name] = real;
  });
}
