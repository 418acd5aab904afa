import { describe, expect, it } from 'vitest';
import { runSpec } from './spec-test-support';

/** The examples of Vitest's (and, for `done`, Jest's) documentation, run as written there. */
describe('spec runner: the documentation examples', () => {
  it('test.each (vitest.dev/api: test.each) — arrays, objects, nested fields and template tables', async () => {
    const outcome = await runSpec(`
test.each([
  [1, 1, 2],
  [1, 2, 3],
  [2, 1, 3],
])('add(%i, %i) -> %i', (a, b, expected) => {
  expect(a + b).toBe(expected)
})

test.each([
  { a: 1, b: 1, expected: 2 },
  { a: 1, b: 2, expected: 3 },
  { a: 2, b: 1, expected: 3 },
])('add($a, $b) -> $expected', ({ a, b, expected }) => {
  expect(a + b).toBe(expected)
})

test.each([
  { a: { val: 1 }, b: 1, expected: 2 },
  { a: { val: 1 }, b: 2, expected: 3 },
  { a: { val: 2 }, b: 1, expected: 3 },
])('add($a.val, $b) -> $expected', ({ a, b, expected }) => {
  expect(a.val + b).toBe(expected)
})

test.each\`
  a               | b      | expected
  \${1}            | \${1}   | \${2}
  \${'a'}          | \${'b'} | \${'ab'}
  \${[]}           | \${'b'} | \${'b'}
  \${{}}           | \${'b'} | \${'[object Object]b'}
  \${{ asd: 1 }}   | \${'b'} | \${'[object Object]b'}
\`('returns $expected when $a is added $b', ({ a, b, expected }) => {
  expect(a + b).toBe(expected)
})
`);
    expect(outcome.tests.map((t) => `${t.status} ${t.name}`)).toEqual([
      'pass add(1, 1) -> 2',
      'pass add(1, 2) -> 3',
      'pass add(2, 1) -> 3',
      'pass add(1, 1) -> 2',
      'pass add(1, 2) -> 3',
      'pass add(2, 1) -> 3',
      'pass add(1, 1) -> 2',
      'pass add(1, 2) -> 3',
      'pass add(2, 1) -> 3',
      'pass returns 2 when 1 is added 1',
      "pass returns 'ab' when 'a' is added 'b'",
      "pass returns 'b' when [] is added 'b'",
      "pass returns '[object Object]b' when {} is added 'b'",
      "pass returns '[object Object]b' when { asd: 1 } is added 'b'",
    ]);
  });

  it('describe.each (vitest.dev/api: describe.each)', async () => {
    const outcome = await runSpec(`
describe.each([
  { a: 1, b: 1, expected: 2 },
  { a: 1, b: 2, expected: 3 },
  { a: 2, b: 1, expected: 3 },
])('describe object add($a, $b)', ({ a, b, expected }) => {
  test(\`returns \${expected}\`, () => {
    expect(a + b).toBe(expected)
  })

  test(\`returned value not be greater than \${expected}\`, () => {
    expect(a + b).not.toBeGreaterThan(expected)
  })

  test(\`returned value not be less than \${expected}\`, () => {
    expect(a + b).not.toBeLessThan(expected)
  })
})
`);
    expect(outcome.tests).toHaveLength(9);
    expect(outcome.tests.every((t) => t.status === 'pass')).toBe(true);
    expect(outcome.tests[3]?.name).toBe('describe object add(1, 2) › returns 3');
  });

  it('expect.assertions and expect.hasAssertions (vitest.dev/api/expect)', async () => {
    const outcome = await runSpec(`
async function doAsync(...cbs) {
  await Promise.all(
    cbs.map((cb, index) => cb({ index })),
  )
}

test('all assertions are called', async () => {
  expect.assertions(2)
  function callback1(data) {
    expect(data).toBeTruthy()
  }
  function callback2(data) {
    expect(data).toBeTruthy()
  }

  await doAsync(callback1, callback2)
})

const cbs = []
function onSelect(cb) { cbs.push(cb) }
const db = { select: ({ id }) => new Promise((resolve) => setTimeout(() => resolve({ id }), 5)) }

// after selecting from db, we call all callbacks
function select(id) {
  return db.select({ id }).then((data) => {
    return Promise.all(
      cbs.map(cb => cb(data)),
    )
  })
}

test('callback was called', async () => {
  expect.hasAssertions()
  onSelect((data) => {
    // should be called on select
    expect(data).toBeTruthy()
  })
  // if not awaited, test will fail
  // if you don't have expect.hasAssertions(), test will pass
  await select(3)
})

test('callback was not awaited', async () => {
  cbs.length = 0
  expect.hasAssertions()
  onSelect((data) => { expect(data).toBeTruthy() })
  select(3)
})
`);
    expect(outcome.tests.map((t) => [t.name, t.status])).toEqual([
      ['all assertions are called', 'pass'],
      ['callback was called', 'pass'],
      ['callback was not awaited', 'fail'],
    ]);
  });

  it('a callback test (jestjs.io: Testing Asynchronous Code, callbacks)', async () => {
    const spec = `
test('the data is peanut butter', done => {
  function callback(error, data) {
    if (error) {
      done(error);
      return;
    }
    try {
      expect(data).toBe('peanut butter');
      done();
    } catch (error) {
      done(error);
    }
  }

  subject(callback);
});
`;
    const good = await runSpec(
      spec,
      "function subject(cb) { setTimeout(() => cb(null, 'peanut butter'), 10); }",
    );
    expect(good.tests[0]?.status).toBe('pass');
    const wrong = await runSpec(
      spec,
      "function subject(cb) { setTimeout(() => cb(null, 'jam'), 10); }",
    );
    expect(wrong.tests[0]?.status).toBe('fail');
    const broken = await runSpec(
      spec,
      "function subject(cb) { setTimeout(() => cb(new Error('no bread')), 10); }",
    );
    expect(broken.tests[0]).toMatchObject({ status: 'error', message: 'no bread' });
  });

  it('vi.useFakeTimers with vi.clearAllMocks (vitest.dev/guide/mocking: timers)', async () => {
    const outcome = await runSpec(`
function executeAfterTwoHours(func) {
  setTimeout(func, 1000 * 60 * 60 * 2) // 2 hours
}

function executeEveryMinute(func) {
  setInterval(func, 1000 * 60) // 1 minute
}

const mock = vi.fn(() => console.log('executed'))

describe('delayed execution', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.clearAllMocks()
    vi.clearAllTimers()
  })
  it('should execute the function', () => {
    executeAfterTwoHours(mock)
    vi.runAllTimers()
    expect(mock).toHaveBeenCalledTimes(1)
  })
  it('should not execute the function', () => {
    executeAfterTwoHours(mock)
    // advancing by 2ms won't trigger the func
    vi.advanceTimersByTime(2)
    expect(mock).not.toHaveBeenCalled()
  })
  it('should execute every minute', () => {
    executeEveryMinute(mock)
    vi.advanceTimersToNextTimer()
    expect(mock).toHaveBeenCalledTimes(1)
    vi.advanceTimersToNextTimer()
    expect(mock).toHaveBeenCalledTimes(2)
  })
})
`);
    expect(outcome.tests.map((t) => t.status)).toEqual(['pass', 'pass', 'pass']);
  });
});
