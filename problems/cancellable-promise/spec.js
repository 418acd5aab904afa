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

describe('makeCancellable', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('fulfils like the input when not cancelled', async () => {
    const { promise } = makeCancellable(later('data', 100));
    const state = track(promise);
    await vi.advanceTimersByTimeAsync(100);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toBe('data');
  });

  it('rejects with { cancelled: true } on cancel and ignores the later value', async () => {
    const onCancel = vi.fn();
    const { promise, cancel } = makeCancellable(later('late', 1000), onCancel);
    const state = track(promise);
    expect(cancel()).toBe(true);
    expect(onCancel).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(state.status).toBe('rejected');
    expect(state.reason).toEqual({ cancelled: true });
    expect(cancel()).toBe(false);
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('passes a rejection through, and cancel after settling returns false', async () => {
    const c = makeCancellable(Promise.reject(new Error('boom')));
    const state = track(c.promise);
    await vi.advanceTimersByTimeAsync(0);
    expect(state.status).toBe('rejected');
    expect(state.reason.message).toBe('boom');
    expect(c.cancel()).toBe(false);
  });
});
