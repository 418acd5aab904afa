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

describe('promiseAny', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('fulfils with the first value even after an earlier rejection', async () => {
    const state = track(promiseAny([later('slow', 300), laterReject('down', 100)]));
    await vi.advanceTimersByTimeAsync(100);
    expect(state.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(200);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toBe('slow');
  });

  it('rejects with an AggregateError of every reason in input order', async () => {
    const state = track(promiseAny([laterReject('a', 200), laterReject('b', 100)]));
    await vi.advanceTimersByTimeAsync(200);
    expect(state.status).toBe('rejected');
    expect(state.reason).toBeInstanceOf(AggregateError);
    expect(state.reason.errors).toEqual(['a', 'b']);
  });

  it('rejects an empty input at once', async () => {
    const state = track(promiseAny([]));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.status).toBe('rejected');
    expect(state.reason).toBeInstanceOf(AggregateError);
    expect(state.reason.errors).toEqual([]);
  });
});
