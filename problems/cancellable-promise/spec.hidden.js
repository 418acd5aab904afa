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

describe('makeCancellable (hidden)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('cancel after fulfilment returns false and keeps the value, without onCancel', async () => {
    const onCancel = vi.fn();
    const c = makeCancellable(later(7, 50), onCancel);
    const state = track(c.promise);
    await vi.advanceTimersByTimeAsync(50);
    expect(c.cancel()).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toBe(7);
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('ignores a rejection that arrives after cancel', async () => {
    const c = makeCancellable(laterReject(new Error('too late'), 100));
    const state = track(c.promise);
    await vi.advanceTimersByTimeAsync(10);
    expect(c.cancel()).toBe(true);
    await vi.advanceTimersByTimeAsync(100);
    expect(state.reason).toEqual({ cancelled: true });
  });

  it('rejects right away on cancel, before the input settles', async () => {
    const c = makeCancellable(new Promise(() => {}));
    const state = track(c.promise);
    await vi.advanceTimersByTimeAsync(0);
    expect(state.status).toBe('pending');
    c.cancel();
    await vi.advanceTimersByTimeAsync(0);
    expect(state.status).toBe('rejected');
    expect(state.reason).toEqual({ cancelled: true });
  });

  it('calls onCancel only once however often cancel is called', () => {
    const onCancel = vi.fn();
    const c = makeCancellable(new Promise(() => {}), onCancel);
    track(c.promise);
    expect([c.cancel(), c.cancel(), c.cancel()]).toEqual([true, false, false]);
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('works without onCancel', async () => {
    const c = makeCancellable(later('x', 10));
    const state = track(c.promise);
    expect(c.cancel()).toBe(true);
    await vi.advanceTimersByTimeAsync(10);
    expect(state.reason).toEqual({ cancelled: true });
  });

  it('wraps plain values, falsy ones included, and thenables', async () => {
    const zero = track(makeCancellable(0).promise);
    const thenable = track(
      makeCancellable({ then: (resolve) => resolve('from thenable') }).promise,
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(zero.status).toBe('fulfilled');
    expect(zero.value).toBe(0);
    expect(thenable.value).toBe('from thenable');
  });

  it('still cancels an already-settled input whose value has not reached the wrapper', async () => {
    const c = makeCancellable(Promise.resolve('ready'));
    const state = track(c.promise);
    expect(c.cancel()).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(state.reason).toEqual({ cancelled: true });
  });

  it('keeps two wrappers of the same input independent', async () => {
    const input = later('shared', 100);
    const a = makeCancellable(input);
    const b = makeCancellable(input);
    const sa = track(a.promise);
    const sb = track(b.promise);
    expect(a.cancel()).toBe(true);
    await vi.advanceTimersByTimeAsync(100);
    expect(sa.reason).toEqual({ cancelled: true });
    expect(sb.value).toBe('shared');
    expect(b.cancel()).toBe(false);
  });
});
