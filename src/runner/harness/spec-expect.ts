import {
  ASYMMETRIC_MATCHERS_OBJECT,
  chai,
  getState,
  JestAsymmetricMatchers,
  JestChaiExpect,
  JestExtend,
  setState,
} from '@vitest/expect';
import { HarnessError } from './intrinsics';
import { guardEqualityMatchers } from './matcher-guard';

chai.use(JestExtend);
chai.use(JestChaiExpect);
chai.use(JestAsymmetricMatchers);
guardEqualityMatchers(chai as never);

/** Matchers that need files or a snapshot store the sandbox does not have. */
const UNSUPPORTED_MATCHERS = [
  'toMatchSnapshot',
  'toMatchInlineSnapshot',
  'toThrowErrorMatchingSnapshot',
  'toThrowErrorMatchingInlineSnapshot',
  'toMatchFileSnapshot',
] as const;

chai.use((api, utils) => {
  for (const name of UNSUPPORTED_MATCHERS) {
    utils.addMethod(api.Assertion.prototype, name, () => {
      throw new HarnessError(`not supported: ${name}`);
    });
  }
});

const AssertionError = chai.AssertionError;

export type SpecExpect = ((value: unknown, message?: string) => unknown) & Record<string, unknown>;

/**
 * Jest's `expect`, built on @vitest/expect (chai + jest matchers), with
 * `expect.assertions(n)` and `expect.hasAssertions()` counted per test. The counts live
 * in this closure, not in state user code can reach.
 */
export function createExpect(): {
  expect: SpecExpect;
  /** Resets the counts before a test. */
  startTest(): void;
  /** Throws when the test did not make the assertions it announced. */
  checkAssertions(): void;
} {
  let calls = 0;
  let expected: number | null = null;
  let expectingAny = false;
  const expect = ((value: unknown, message?: string) => {
    calls += 1;
    const state = getState(expect as never) as { assertionCalls?: number };
    setState({ assertionCalls: (state.assertionCalls ?? 0) + 1 }, expect as never);
    return chai.expect(value, message);
  }) as SpecExpect;
  Object.assign(expect, chai.expect);
  Object.assign(expect, (globalThis as Record<PropertyKey, unknown>)[ASYMMETRIC_MATCHERS_OBJECT]);
  expect.assertions = (count: unknown) => {
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0)
      throw new HarnessError(`expect.assertions expects a whole number, got ${String(count)}`);
    expected = count;
  };
  expect.hasAssertions = () => {
    expectingAny = true;
  };
  setState(
    { assertionCalls: 0, isExpectingAssertions: false, expectedAssertionsNumber: null },
    expect as never,
  );
  return {
    expect,
    startTest() {
      calls = 0;
      expected = null;
      expectingAny = false;
      setState({ assertionCalls: 0 }, expect as never);
    },
    checkAssertions() {
      if (expected !== null && calls !== expected)
        throw new AssertionError(
          `expected number of assertions to be ${expected}, but got ${calls}`,
        );
      if (expectingAny && calls === 0)
        throw new AssertionError('expected any number of assertion, but got none');
    },
  };
}
