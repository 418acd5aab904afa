// track() records how a promise settled without awaiting it, so a promise that never settles
// fails an assertion instead of hanging the run.
function track(promise) {
  const state = { status: 'pending', value: undefined, reason: undefined };
  promise.then(
    (value) => {
      state.status = 'fulfilled';
      state.value = value;
    },
    (reason) => {
      state.status = 'rejected';
      state.reason = reason;
    },
  );
  return state;
}

function later(value, ms) {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

function laterReject(reason, ms) {
  return new Promise((_, reject) => setTimeout(() => reject(reason), ms));
}
function timed(log, value, ms, fail = false) {
  return () => {
    log.push(`start ${value}`);
    return new Promise((resolve, reject) =>
      setTimeout(() => {
        log.push(`end ${value}`);
        if (fail) reject(value);
        else resolve(value);
      }, ms),
    );
  };
}

describe('promisePool (hidden)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('keeps results in task order when later tasks finish first', async () => {
    const log = [];
    const state = track(promisePool([timed(log, 1, 90), timed(log, 2, 60), timed(log, 3, 30)], 3));
    await vi.advanceTimersByTimeAsync(90);
    expect(state.value).toEqual([1, 2, 3]);
  });

  it('never runs more than limit tasks, and keeps the slots full', async () => {
    let running = 0;
    let most = 0;
    const tasks = [40, 10, 30, 20, 10, 50, 10].map((ms, i) => () => {
      running += 1;
      most = Math.max(most, running);
      return new Promise((resolve) =>
        setTimeout(() => {
          running -= 1;
          resolve(i);
        }, ms),
      );
    });
    const state = track(promisePool(tasks, 3));
    await vi.advanceTimersByTimeAsync(0);
    expect(running).toBe(3);
    await vi.advanceTimersByTimeAsync(10);
    expect(running).toBe(3);
    await vi.advanceTimersByTimeAsync(200);
    expect(most).toBe(3);
    expect(state.value).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('works with a limit above the number of tasks', async () => {
    const log = [];
    const state = track(promisePool([timed(log, 'p', 10), timed(log, 'q', 20)], 10));
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['start p', 'start q']);
    await vi.advanceTimersByTimeAsync(20);
    expect(state.value).toEqual(['p', 'q']);
  });

  it('rejects on the first failure and starts nothing more', async () => {
    const log = [];
    const state = track(
      promisePool([timed(log, 'ok', 100), timed(log, 'bad', 20, true), timed(log, 'never', 10)], 2),
    );
    await vi.advanceTimersByTimeAsync(20);
    expect(state.status).toBe('rejected');
    expect(state.reason).toBe('bad');
    await vi.advanceTimersByTimeAsync(200);
    expect(log).not.toContain('start never');
  });

  it('rejects when a task started after another one throws synchronously', async () => {
    const error = new Error('sync');
    const log = [];
    const thrower = () => {
      throw error;
    };
    const state = track(promisePool([timed(log, 'first', 10), thrower], 1));
    await vi.advanceTimersByTimeAsync(10);
    expect(state.status).toBe('rejected');
    expect(state.reason).toBe(error);
  });

  it('rejects when the first task throws synchronously', async () => {
    const error = new Error('at once');
    const thrower = () => {
      throw error;
    };
    const state = track(promisePool([thrower], 1));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.reason).toBe(error);
  });

  it('accepts tasks that return plain values', async () => {
    const state = track(promisePool([() => 1, () => 0, () => null], 2));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.value).toEqual([1, 0, null]);
  });

  it('runs 100,000 quick tasks with limit 10', async () => {
    const tasks = Array.from({ length: 100000 }, (_, i) => () => i * 2);
    const state = track(promisePool(tasks, 10));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.status).toBe('fulfilled');
    expect(state.value.length).toBe(100000);
    expect(state.value[99999]).toBe(199998);
  });
});
