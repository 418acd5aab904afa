import type { Body } from './spec-call';
import { HOOK_TIMEOUT_MS, TEST_TIMEOUT_MS } from './spec-call';
import { formatTitle, readTable } from './spec-each';
import { withUnsupported } from './spec-unsupported';

export type HookKind = 'beforeAll' | 'afterAll' | 'beforeEach' | 'afterEach';
export type TestMode = 'run' | 'skip' | 'todo' | 'only' | 'fails';

export interface Hook {
  body: Body;
  timeoutMs: number;
}

export interface Block {
  name: string;
  parent: Block | null;
  hooks: Record<HookKind, Hook[]>;
  skip: boolean;
  only: boolean;
  /** A test or block inside is marked `only`: this block's own `only` then narrows to it. */
  hasOnlyInside: boolean;
  beforeAllDone: boolean;
  beforeAllFailure: { error: unknown } | null;
}

export interface SpecTest {
  name: string;
  block: Block;
  body: Body | undefined;
  /** A `.each` row's arguments, passed before `done`. */
  args: unknown[];
  timeoutMs: number;
  mode: TestMode;
  /** Set when the spec used an API the sandbox lacks: the test fails saying so. */
  unsupported?: string;
}

const TEST_OPTIONS = new Set(['timeout', 'skip', 'only', 'todo', 'fails']);

function newBlock(name: string, parent: Block | null): Block {
  const hooks = { beforeAll: [], afterAll: [], beforeEach: [], afterEach: [] };
  return {
    name,
    parent,
    hooks,
    skip: false,
    only: false,
    hasOnlyInside: false,
    beforeAllDone: false,
    beforeAllFailure: null,
  };
}

function titleOf(name: unknown): string {
  if (typeof name === 'string') return name;
  if (typeof name === 'function') return (name as { name?: string }).name || '<anonymous>';
  return String(name);
}

/** Reads `(fn, timeout)`, `(fn, options)` or Vitest's `(options, fn)`. */
function readTestArgs(a: unknown, b: unknown) {
  const body =
    typeof a === 'function' ? (a as Body) : typeof b === 'function' ? (b as Body) : undefined;
  const extra = typeof a === 'function' ? b : a;
  const read: { body?: Body; timeoutMs?: number; mode?: TestMode; unsupported?: string } = { body };
  if (typeof extra === 'number') read.timeoutMs = extra;
  else if (typeof extra === 'object' && extra !== null) {
    const options = extra as Record<string, unknown>;
    for (const key of Object.keys(options)) {
      if (!TEST_OPTIONS.has(key) && options[key]) read.unsupported = `test option "${key}"`;
    }
    if (typeof options.timeout === 'number') read.timeoutMs = options.timeout;
    for (const mode of ['skip', 'todo', 'only', 'fails'] as const)
      if (options[mode]) read.mode = mode;
  }
  return read;
}

type Registrar = (name: unknown, a?: unknown, b?: unknown) => void;

/** Adds `.each(table)` to a test or describe registrar. */
function withEach<T extends Registrar>(register: T, forTests: (rowArgs: unknown[]) => Registrar) {
  return Object.assign(register, {
    each:
      (table: unknown, ...values: unknown[]) =>
      (title: unknown, a?: unknown, b?: unknown) => {
        readTable(table, values).forEach((row, i) =>
          forTests(row.args)(formatTitle(titleOf(title), row, i), a, b),
        );
      },
  });
}

/** The registration half of the spec runner: describe/it/test and their variants, and hooks. */
export function createRegistry() {
  const root = newBlock('', null);
  const tests: SpecTest[] = [];
  let current = root;

  const markOnlyAbove = (block: Block | null) => {
    for (let b = block; b; b = b.parent) b.hasOnlyInside = true;
  };
  const fullName = (name: string) => {
    const parts = [name];
    for (let b: Block | null = current; b && b !== root; b = b.parent) parts.unshift(b.name);
    return parts.join(' › ');
  };

  const addTest =
    (mode: TestMode, args: unknown[] = []): Registrar =>
    (name, a, b) => {
      const read = readTestArgs(a, b);
      let chosen = read.mode ?? mode;
      if (!read.body && chosen !== 'skip') chosen = 'todo';
      const test: SpecTest = {
        name: fullName(titleOf(name)),
        block: current,
        body: read.body,
        args,
        timeoutMs: read.timeoutMs ?? TEST_TIMEOUT_MS,
        mode: chosen,
      };
      if (read.unsupported) test.unsupported = read.unsupported;
      if (chosen === 'only') markOnlyAbove(current);
      tests.push(test);
    };
  const addUnsupported = (feature: string, args: unknown[]) => {
    const name = typeof args[0] === 'string' ? args[0] : feature;
    tests.push({
      name: fullName(name),
      block: current,
      body: undefined,
      args: [],
      timeoutMs: TEST_TIMEOUT_MS,
      mode: 'run',
      unsupported: feature,
    });
  };
  const testVariant = (mode: TestMode) => withEach(addTest(mode), (args) => addTest(mode, args));
  const makeTest = () =>
    withUnsupported(
      Object.assign(testVariant('run'), {
        skip: testVariant('skip'),
        only: testVariant('only'),
        todo: testVariant('todo'),
        fails: testVariant('fails'),
        skipIf: (condition: unknown) => testVariant(condition ? 'skip' : 'run'),
        runIf: (condition: unknown) => testVariant(condition ? 'run' : 'skip'),
      }),
      'test',
      addUnsupported,
    );

  const addDescribe =
    (mode: 'run' | 'skip' | 'only', rowArgs?: unknown[]): Registrar =>
    (name, a, b) => {
      const body = typeof a === 'function' ? a : typeof b === 'function' ? b : undefined;
      const block = newBlock(titleOf(name), current);
      block.skip = mode === 'skip';
      block.only = mode === 'only';
      if (block.only) markOnlyAbove(current);
      const previous = current;
      current = block;
      try {
        if (body) (body as Body)(...(rowArgs ?? []));
      } finally {
        current = previous;
      }
    };
  const describeVariant = (mode: 'run' | 'skip' | 'only') =>
    withEach(addDescribe(mode), (args) => addDescribe(mode, args));
  const describe = withUnsupported(
    Object.assign(describeVariant('run'), {
      skip: describeVariant('skip'),
      only: describeVariant('only'),
      todo: describeVariant('skip'),
      skipIf: (condition: unknown) => describeVariant(condition ? 'skip' : 'run'),
      runIf: (condition: unknown) => describeVariant(condition ? 'run' : 'skip'),
    }),
    'describe',
    addUnsupported,
  );
  const test = makeTest();
  const hook = (kind: HookKind) => (body: Body, timeoutMs?: unknown) => {
    const limit = typeof timeoutMs === 'number' ? timeoutMs : HOOK_TIMEOUT_MS;
    current.hooks[kind].push({ body, timeoutMs: limit });
  };

  const globals = {
    describe,
    suite: describe,
    fdescribe: describeVariant('only'),
    xdescribe: describeVariant('skip'),
    it: test,
    test,
    fit: testVariant('only'),
    xit: testVariant('skip'),
    xtest: testVariant('skip'),
    beforeAll: hook('beforeAll'),
    afterAll: hook('afterAll'),
    beforeEach: hook('beforeEach'),
    afterEach: hook('afterEach'),
  };
  return { root, tests, globals };
}

/** The blocks from the root down to the test's own. */
export function chainOf(block: Block): Block[] {
  const out: Block[] = [];
  for (let b: Block | null = block; b; b = b.parent) out.unshift(b);
  return out;
}

/**
 * Whether a registered test is skipped: by itself, by a skipped block, or because other
 * tests are focused (`only`, `fit`, `fdescribe`) and it is not. A block marked `only`
 * focuses all its tests, unless something inside it is marked `only` too.
 */
export function isSkipped(test: SpecTest, root: Block): boolean {
  if (test.mode === 'skip' || test.mode === 'todo') return true;
  const chain = chainOf(test.block);
  if (chain.some((b) => b.skip)) return true;
  if (!root.hasOnlyInside || test.mode === 'only') return false;
  for (let i = chain.length - 1; i >= 0; i -= 1) {
    const b = chain[i] as Block;
    if (b.only) return b.hasOnlyInside;
  }
  return true;
}
