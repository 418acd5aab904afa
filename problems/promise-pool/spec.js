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
/** A task that records when it starts and finishes, and settles after ms. */
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

describe('promisePool', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('starts the next task as soon as a slot frees', async () => {
    const log = [];
    const state = track(
      promisePool([timed(log, 'a', 300), timed(log, 'b', 100), timed(log, 'c', 100)], 2),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['start a', 'start b']);
    await vi.advanceTimersByTimeAsync(100);
    expect(log).toEqual(['start a', 'start b', 'end b', 'start c']);
    await vi.advanceTimersByTimeAsync(200);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toEqual(['a', 'b', 'c']);
  });

  it('runs one at a time with limit 1', async () => {
    const log = [];
    const state = track(
      promisePool([timed(log, 'x', 50), timed(log, 'y', 50), timed(log, 'z', 50)], 1),
    );
    await vi.advanceTimersByTimeAsync(100);
    expect(state.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(50);
    expect(state.value).toEqual(['x', 'y', 'z']);
    expect(log).toEqual(['start x', 'end x', 'start y', 'end y', 'start z', 'end z']);
  });

  it('fulfils with [] for no tasks', async () => {
    const state = track(promisePool([], 3));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.value).toEqual([]);
  });
});
