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

// A task that fails `failures` times (rejecting with Error('fail 1'), 'fail 2', …), then fulfils.
function flaky(failures, value) {
  let calls = 0;
  return vi.fn(() => {
    calls += 1;
    return calls <= failures ? Promise.reject(new Error(`fail ${calls}`)) : Promise.resolve(value);
  });
}

describe('withRetry', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('fulfils at once when the first attempt succeeds, passing the arguments', async () => {
    const task = vi.fn((a, b) => Promise.resolve(a + b));
    const state = track(withRetry(task, { retries: 3, baseDelay: 100 })(2, 3));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toBe(5);
    expect(task).toHaveBeenCalledTimes(1);
    expect(task).toHaveBeenCalledWith(2, 3);
  });

  it('waits baseDelay, then twice as long, before each retry', async () => {
    const task = flaky(2, 'up');
    const state = track(withRetry(task, { retries: 5, baseDelay: 100 })());
    await vi.advanceTimersByTimeAsync(99);
    expect(task).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1); // t = 100
    expect(task).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(199); // t = 299
    expect(task).toHaveBeenCalledTimes(2);
    expect(state.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(1); // t = 300
    expect(task).toHaveBeenCalledTimes(3);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toBe('up');
  });

  it('rejects with the last error when every attempt fails', async () => {
    const task = flaky(10, 'never');
    const state = track(withRetry(task, { retries: 2, baseDelay: 50 })());
    await vi.advanceTimersByTimeAsync(149);
    expect(state.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(1); // t = 150: third and last attempt
    expect(task).toHaveBeenCalledTimes(3);
    expect(state.status).toBe('rejected');
    expect(state.reason.message).toBe('fail 3');
    await vi.advanceTimersByTimeAsync(10000);
    expect(task).toHaveBeenCalledTimes(3);
  });
});
