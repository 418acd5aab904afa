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

describe('promiseAny (hidden)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('fulfils with the first of several values', async () => {
    const state = track(promiseAny([later('third', 30), later('first', 10), later('second', 20)]));
    await vi.advanceTimersByTimeAsync(10);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toBe('first');
  });

  it('waits for the last rejection before rejecting', async () => {
    const state = track(promiseAny([laterReject('x', 10), laterReject('y', 50)]));
    await vi.advanceTimersByTimeAsync(10);
    expect(state.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(40);
    expect(state.status).toBe('rejected');
    expect(state.reason.errors).toEqual(['x', 'y']);
  });

  it('treats plain values, falsy ones included, as fulfilled at once', async () => {
    const state = track(promiseAny([laterReject('no', 10), 0]));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toBe(0);
  });

  it('follows thenables and reads any iterable once', async () => {
    function* items() {
      yield { then: (_, reject) => reject('bad thenable') };
      yield { then: (resolve) => setTimeout(() => resolve('good thenable'), 5) };
    }
    const state = track(promiseAny(items()));
    await vi.advanceTimersByTimeAsync(5);
    expect(state.value).toBe('good thenable');
  });

  it('keeps input order for reasons that arrive in reverse', async () => {
    const state = track(
      promiseAny([
        laterReject('r0', 40),
        laterReject('r1', 30),
        laterReject('r2', 20),
        laterReject('r3', 10),
      ]),
    );
    await vi.advanceTimersByTimeAsync(40);
    expect(state.reason.errors).toEqual(['r0', 'r1', 'r2', 'r3']);
  });

  it('collects 20,000 rejections that arrive after it subscribed, in input order', async () => {
    // Pending promises rejected afterwards, last first: a browser tracks every promise created
    // already rejected with no handler (Promise.reject) as a possible unhandled rejection, which
    // costs far more than the code under test and would decide the verdict by itself.
    const rejectors = [];
    const items = Array.from(
      { length: 20000 },
      (_, i) => new Promise((_, reject) => rejectors.push(() => reject(i))),
    );
    const state = track(promiseAny(items));
    for (let i = rejectors.length - 1; i >= 0; i -= 1) rejectors[i]();
    await vi.advanceTimersByTimeAsync(0);
    expect(state.status).toBe('rejected');
    expect(state.reason.errors.length).toBe(20000);
    expect(state.reason.errors[0]).toBe(0);
    expect(state.reason.errors[19999]).toBe(19999);
  });
});
