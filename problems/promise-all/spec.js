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

describe('promiseAll', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('returns a promise', () => {
    const result = promiseAll([1, 2]);
    expect(result).toBeInstanceOf(Promise);
  });

  it('keeps input order, not finishing order', async () => {
    const state = track(promiseAll([later('slow', 300), later('fast', 100), 7]));
    await vi.advanceTimersByTimeAsync(100);
    expect(state.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(200);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toEqual(['slow', 'fast', 7]);
  });

  it('rejects with the reason of the first input to reject', async () => {
    const early = new Error('early');
    const state = track(
      promiseAll([laterReject(new Error('late'), 500), laterReject(early, 200), 1]),
    );
    await vi.advanceTimersByTimeAsync(200);
    expect(state.status).toBe('rejected');
    expect(state.reason).toBe(early);
  });

  it('fulfills with [] for an empty array', async () => {
    const state = track(promiseAll([]));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toEqual([]);
  });
});
