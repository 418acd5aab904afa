import FakeTimers from '@sinonjs/fake-timers';
import {
  ASYMMETRIC_MATCHERS_OBJECT,
  chai,
  getState,
  JestAsymmetricMatchers,
  JestChaiExpect,
  JestExtend,
  setState,
} from '@vitest/expect';
import { fn, spyOn } from '@vitest/spy';
import type { SpecTestInfo } from '../protocol';
import { guardEqualityMatchers } from './matcher-guard';

chai.use(JestExtend);
chai.use(JestChaiExpect);
chai.use(JestAsymmetricMatchers);
guardEqualityMatchers(chai as never);

type InstalledClock = ReturnType<ReturnType<typeof FakeTimers.withGlobal>['install']>;
type Hook = () => unknown;
interface Block {
  name: string;
  parent: Block | null;
  beforeAll: Hook[];
  afterAll: Hook[];
  beforeEach: Hook[];
  afterEach: Hook[];
  beforeAllDone: boolean;
}
interface SpecTest {
  name: string;
  block: Block;
  fn: Hook | undefined;
  skipped: boolean;
}

/** Jest's `expect`, built on @vitest/expect (chai + jest matchers). */
function createExpect(): ((value: unknown, message?: string) => unknown) & Record<string, unknown> {
  const expect = ((value: unknown, message?: string) => {
    const state = getState(expect as never) as { assertionCalls?: number };
    setState({ assertionCalls: (state.assertionCalls ?? 0) + 1 }, expect as never);
    return chai.expect(value, message);
  }) as ((value: unknown, message?: string) => unknown) & Record<string, unknown>;
  Object.assign(expect, chai.expect);
  Object.assign(expect, (globalThis as Record<PropertyKey, unknown>)[ASYMMETRIC_MATCHERS_OBJECT]);
  setState(
    { assertionCalls: 0, isExpectingAssertions: false, expectedAssertionsNumber: null },
    expect as never,
  );
  return expect;
}

/** A Jest-style spec: `describe`/`it`/`test`/`expect`, hooks, `test.skip`, and `vi` fake timers. */
export function createSpecRunner() {
  const root: Block = {
    name: '',
    parent: null,
    beforeAll: [],
    afterAll: [],
    beforeEach: [],
    afterEach: [],
    beforeAllDone: false,
  };
  const tests: SpecTest[] = [];
  let current = root;
  let clock: InstalledClock | null = null;

  const addTest = (skipped: boolean) => (name: string, body?: Hook) => {
    const prefix = [];
    for (let b: Block | null = current; b && b !== root; b = b.parent) prefix.unshift(b.name);
    tests.push({
      name: [...prefix, name].join(' › '),
      block: current,
      fn: body,
      skipped: skipped || !body,
    });
  };
  const test = Object.assign(addTest(false), {
    skip: addTest(true),
    todo: addTest(true),
    only: addTest(false),
  });
  const describe = Object.assign(
    (name: string, body: () => void) => {
      const block: Block = {
        name,
        parent: current,
        beforeAll: [],
        afterAll: [],
        beforeEach: [],
        afterEach: [],
        beforeAllDone: false,
      };
      const previous = current;
      current = block;
      try {
        body();
      } finally {
        current = previous;
      }
    },
    {
      skip: (name: string, body: () => void) => {
        const before = tests.length;
        describe(name, body);
        for (let i = before; i < tests.length; i += 1) (tests[i] as SpecTest).skipped = true;
      },
    },
  );
  const hook = (kind: 'beforeAll' | 'afterAll' | 'beforeEach' | 'afterEach') => (body: Hook) => {
    current[kind].push(body);
  };
  const vi = {
    fn,
    spyOn,
    useFakeTimers() {
      clock?.uninstall();
      clock = FakeTimers.withGlobal(globalThis).install({
        toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
      });
      return vi;
    },
    useRealTimers() {
      clock?.uninstall();
      clock = null;
      return vi;
    },
    advanceTimersByTime(ms: number) {
      requireClock().tick(ms);
      return vi;
    },
    async advanceTimersByTimeAsync(ms: number) {
      await requireClock().tickAsync(ms);
      return vi;
    },
    runAllTimers() {
      requireClock().runAll();
      return vi;
    },
    runOnlyPendingTimers() {
      requireClock().runToLast();
      return vi;
    },
    getTimerCount: () => requireClock().countTimers(),
    setSystemTime(time: number | Date) {
      requireClock().setSystemTime(time);
      return vi;
    },
  };
  function requireClock(): InstalledClock {
    if (!clock) throw new Error('call vi.useFakeTimers() first');
    return clock;
  }

  const globals = {
    describe,
    it: test,
    test,
    expect: createExpect(),
    beforeAll: hook('beforeAll'),
    afterAll: hook('afterAll'),
    beforeEach: hook('beforeEach'),
    afterEach: hook('afterEach'),
    vi,
    jest: vi,
  };

  function chain(block: Block): Block[] {
    const out: Block[] = [];
    for (let b: Block | null = block; b; b = b.parent) out.unshift(b);
    return out;
  }

  return {
    globals,
    list(): SpecTestInfo[] {
      return tests.map((t) => ({ name: t.name, skipped: t.skipped }));
    },
    /** Runs one registered test with its hooks; throws what the test threw. */
    async run(index: number): Promise<void> {
      const t = tests[index];
      if (!t || t.skipped || !t.fn) return;
      const blocks = chain(t.block);
      try {
        for (const b of blocks) {
          if (!b.beforeAllDone) {
            b.beforeAllDone = true;
            for (const h of b.beforeAll) await h();
          }
        }
        for (const b of blocks) for (const h of b.beforeEach) await h();
        await t.fn();
        for (const b of [...blocks].reverse()) for (const h of b.afterEach) await h();
      } finally {
        clock?.uninstall();
        clock = null;
      }
    },
  };
}
