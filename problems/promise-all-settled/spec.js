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

describe('promiseAllSettled', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('reports every outcome in input order once all have settled', async () => {
    const state = track(promiseAllSettled([later('slow', 300), laterReject('nope', 100), 7]));
    await vi.advanceTimersByTimeAsync(100);
    expect(state.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(200);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toEqual([
      { status: 'fulfilled', value: 'slow' },
      { status: 'rejected', reason: 'nope' },
      { status: 'fulfilled', value: 7 },
    ]);
  });

  it('fulfills even when every item rejects', async () => {
    const error = new Error('x');
    const state = track(promiseAllSettled([Promise.reject(error)]));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toEqual([{ status: 'rejected', reason: error }]);
  });

  it('fulfills with [] for an empty input', async () => {
    const state = track(promiseAllSettled(new Set()));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toEqual([]);
  });
});
