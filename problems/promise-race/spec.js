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

describe('promiseRace', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('fulfills with the value of the first input to fulfill', async () => {
    const state = track(promiseRace([later('tortoise', 500), later('hare', 200)]));
    await vi.advanceTimersByTimeAsync(199);
    expect(state.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toBe('hare');
  });

  it('rejects when the first input to settle rejects', async () => {
    const timeout = new Error('timed out');
    const state = track(promiseRace([later('data', 1000), laterReject(timeout, 300)]));
    await vi.advanceTimersByTimeAsync(300);
    expect(state.status).toBe('rejected');
    expect(state.reason).toBe(timeout);
  });

  it('lets a plain value win against a pending promise', async () => {
    const state = track(promiseRace([new Promise(() => {}), 'now']));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toBe('now');
  });
});
