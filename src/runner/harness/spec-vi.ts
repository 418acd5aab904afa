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
/** What this realm lets sinon fake (a browser worker's queueMicrotask is not among them). */
const fakeable = new Set<string>(Object.keys(timers.timers));
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
      return vi;
    },
    resetAllMocks() {
      resetAllMocks();
      return vi;
    },
    restoreAllMocks() {
      restoreAllMocks();
      return vi;
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
      return vi;
    },
    useRealTimers() {
      clock?.uninstall();
      clock = null;
      return vi;
    },
    isFakeTimers: () => clock !== null,
    advanceTimersByTime(ms: number) {
      requireClock().tick(ms);
      return vi;
    },
    async advanceTimersByTimeAsync(ms: number) {
      await requireClock().tickAsync(ms);
      return vi;
    },
    advanceTimersToNextTimer(steps = 1) {
      for (let i = 0; i < steps; i += 1) requireClock().next();
      return vi;
    },
    runAllTimers() {
      requireClock().runAll();
      return vi;
    },
    async runAllTimersAsync() {
      await requireClock().runAllAsync();
      return vi;
    },
    runOnlyPendingTimers() {
      requireClock().runToLast();
      return vi;
    },
    async runOnlyPendingTimersAsync() {
      await requireClock().runToLastAsync();
      return vi;
    },
    /** Runs the microtasks queued with a faked queueMicrotask (`toFake: ['queueMicrotask']`). */
    runAllTicks() {
      requireClock().runMicrotasks();
      return vi;
    },
    /** Removes every pending fake timer without running it. */
    clearAllTimers() {
      const c = requireClock();
      const now = c.now;
      c.reset();
      c.setSystemTime(now);
      return vi;
    },
    getTimerCount: () => requireClock().countTimers(),
    setSystemTime(time: number | string | Date) {
      requireClock().setSystemTime(typeof time === 'string' ? new Date(time) : time);
      return vi;
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
