import { chai } from '@vitest/expect';
import type { SpecTestInfo } from '../protocol';
import { HarnessError } from './intrinsics';
import { callBody, takesContext, type Body } from './spec-call';
import { createExpect, type SpecExpect } from './spec-expect';
import {
  chainOf,
  createRegistry,
  isSkipped,
  type Block,
  type Hook,
  type SpecTest,
} from './spec-registry';
import { withUnsupported } from './spec-unsupported';
import { createVi } from './spec-vi';

const AssertionError = chai.AssertionError;

/** Vitest's test context, for bodies that take `({ expect, task }) => …`. */
function contextFor(name: string, expect: SpecExpect) {
  return withUnsupported({ expect, task: { name } }, 'context');
}

/** Arguments and waiting mode for a body: a `.each` row, then `done` or a Vitest context. */
function callShape(body: Body, rowArgs: unknown[], name: string, expect: SpecExpect) {
  if (rowArgs.length === 0 && takesContext(body))
    return { args: [contextFor(name, expect)], withDone: false };
  return { args: rowArgs, withDone: body.length > rowArgs.length };
}

/**
 * A Jest/Vitest spec: describe/it/test with skip/only/todo/each (and xit, fit, xdescribe,
 * fdescribe…), hooks, `done` callbacks, per-test time limits, `expect.assertions`, and
 * `vi` mocks and fake timers. Anything else reports "not supported: <name>".
 */
export function createSpecRunner() {
  const registry = createRegistry();
  const { root, tests } = registry;
  const assertions = createExpect();
  const mocks = createVi();
  const globals = {
    ...registry.globals,
    expect: assertions.expect,
    vi: mocks.vi,
    jest: mocks.jest,
  };

  const runHook = (hook: Hook, name: string) => {
    const shape = callShape(hook.body, [], name, assertions.expect);
    return callBody(hook.body, shape.args, { what: 'Hook', timeoutMs: hook.timeoutMs, ...shape });
  };

  /** Blocks whose last runnable test is `index`: their afterAll hooks run after it. */
  const finishedBlocks = (index: number, chain: Block[]): Block[] =>
    chain.filter(
      (block) =>
        !tests.some((t, j) => j > index && !isSkipped(t, root) && chainOf(t.block).includes(block)),
    );

  async function runTest(test: SpecTest, chain: Block[]): Promise<{ error: unknown } | null> {
    for (const block of chain) {
      if (!block.beforeAllDone) {
        block.beforeAllDone = true;
        try {
          for (const hook of block.hooks.beforeAll) await runHook(hook, block.name);
        } catch (error) {
          block.beforeAllFailure = { error };
        }
      }
      if (block.beforeAllFailure) return block.beforeAllFailure;
    }
    let failure: { error: unknown } | null = null;
    try {
      for (const block of chain)
        for (const hook of block.hooks.beforeEach) await runHook(hook, test.name);
      const body = test.body as Body;
      const shape = callShape(body, test.args, test.name, assertions.expect);
      await callBody(body, shape.args, { what: 'Test', timeoutMs: test.timeoutMs, ...shape });
      assertions.checkAssertions();
    } catch (error) {
      failure = { error };
    }
    for (const block of [...chain].reverse()) {
      for (const hook of block.hooks.afterEach) {
        try {
          await runHook(hook, test.name);
        } catch (error) {
          failure ??= { error };
        }
      }
    }
    if (test.mode === 'fails') {
      return failure ? null : { error: new AssertionError('expect test to fail') };
    }
    return failure;
  }

  return {
    globals,
    list(): SpecTestInfo[] {
      return tests.map((t) => ({ name: t.name, skipped: isSkipped(t, root) }));
    },
    /** Runs one registered test with its hooks; throws what the test threw. */
    async run(index: number): Promise<void> {
      const test = tests[index];
      if (!test || isSkipped(test, root)) return;
      if (test.unsupported) throw new HarnessError(`not supported: ${test.unsupported}`);
      const chain = chainOf(test.block);
      assertions.startTest();
      let failure: { error: unknown } | null;
      try {
        failure = await runTest(test, chain);
      } finally {
        mocks.afterTest();
      }
      for (const block of finishedBlocks(index, chain).reverse()) {
        for (const hook of block.hooks.afterAll) {
          try {
            await runHook(hook, block.name);
          } catch (error) {
            failure ??= { error };
          }
        }
      }
      if (failure) throw failure.error;
    },
  };
}
