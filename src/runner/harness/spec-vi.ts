import FakeTimers from '@sinonjs/fake-timers';
import {
  clearAllMocks,
  fn,
  isMockFunction,
  resetAllMocks,
  restoreAllMocks,
  spyOn,
} from '@vitest/spy';
import { HarnessError } from './intrinsics';
import { withUnsupported } from './spec-unsupported';

type InstalledClock = ReturnType<ReturnType<typeof FakeTimers.withGlobal>['install']>;

/** Captured at load: fake timers install on this realm's global, whatever user code does later. */
const realm = globalThis;
const realDateNow = Date.now;
const timers = FakeTimers.withGlobal(realm);
type FakeMethod = NonNullable<Parameters<typeof timers.install>[0]>['toFake'] extends
  (infer M)[] | undefined
  ? M
  : never;
/**
 * What this sandbox lets sinon fake. Not queueMicrotask or nextTick: the hardened realm
 * keeps them read-only (and a browser worker's queueMicrotask cannot be faked anyway).
 */
const fakeable = new Set<string>(
  Object.keys(timers.timers).filter((name) => name !== 'queueMicrotask' && name !== 'nextTick'),
);
/** Vitest's defaults leave queueMicrotask and nextTick real (fake them with `toFake`). */
const DEFAULT_FAKES = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'].filter(
  (name) => fakeable.has(name),
);

/**
 * Vitest's `vi` (also served as Jest's `jest`): mocks and spies from @vitest/spy,
 * fake timers from @sinonjs/fake-timers. Members it lacks report "not supported".
 */
export function createVi() {
  let clock: InstalledClock | null = null;
  function requireClock(): InstalledClock {
    if (!clock) throw new HarnessError('call vi.useFakeTimers() first');
    return clock;
  }
  const vi = {
    fn,
    spyOn,
    isMockFunction,
    mocked: <T>(value: T): T => value,
    clearAllMocks() {
      clearAllMocks();
      return this;
    },
    resetAllMocks() {
      resetAllMocks();
      return this;
    },
    restoreAllMocks() {
      restoreAllMocks();
      return this;
    },
    useFakeTimers(config?: { toFake?: unknown; now?: unknown }) {
      clock?.uninstall();
      clock = null;
      const wanted = Array.isArray(config?.toFake) ? (config.toFake as string[]) : DEFAULT_FAKES;
      const missing = wanted.filter((name) => !fakeable.has(name));
      if (missing.length > 0)
        throw new HarnessError(`not supported: faking ${missing.join(', ')} in this sandbox`);
      const now = config?.now;
      clock = timers.install({
        toFake: wanted as FakeMethod[],
        ...(typeof now === 'number' || now instanceof Date ? { now } : {}),
      });
      return this;
    },
    useRealTimers() {
      clock?.uninstall();
      clock = null;
      return this;
    },
    isFakeTimers: () => clock !== null,
    advanceTimersByTime(ms: number) {
      requireClock().tick(ms);
      return this;
    },
    async advanceTimersByTimeAsync(ms: number) {
      await requireClock().tickAsync(ms);
      return this;
    },
    advanceTimersToNextTimer(steps = 1) {
      for (let i = 0; i < steps; i += 1) requireClock().next();
      return this;
    },
    runAllTimers() {
      requireClock().runAll();
      return this;
    },
    async runAllTimersAsync() {
      await requireClock().runAllAsync();
      return this;
    },
    runOnlyPendingTimers() {
      requireClock().runToLast();
      return this;
    },
    async runOnlyPendingTimersAsync() {
      await requireClock().runToLastAsync();
      return this;
    },
    /**
     * Runs faked microtasks. As with Vitest's defaults, queueMicrotask stays real here, so
     * queued microtasks run on their own and this has nothing left to run.
     */
    runAllTicks() {
      requireClock().runMicrotasks();
      return this;
    },
    /** Removes every pending fake timer without running it. */
    clearAllTimers() {
      const c = requireClock();
      const now = c.now;
      c.reset();
      c.setSystemTime(now);
      return this;
    },
    getTimerCount: () => requireClock().countTimers(),
    setSystemTime(time: number | string | Date) {
      requireClock().setSystemTime(typeof time === 'string' ? new Date(time) : time);
      return this;
    },
    getMockedSystemTime: () => (clock ? new Date(clock.now) : null),
    getRealSystemTime: () => realDateNow(),
  };
  return {
    vi: withUnsupported(vi, 'vi'),
    jest: withUnsupported(vi, 'jest'),
    /** After every test: real timers again, as Vitest's restoreMocks/fake-timer cleanup does. */
    afterTest() {
      clock?.uninstall();
      clock = null;
    },
  };
}
