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

describe('promiseAllSettled (hidden)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('stays pending until the last item settles, even if the last index settles first', async () => {
    const state = track(
      promiseAllSettled([later('a', 300), laterReject('b', 200), later('c', 100)]),
    );
    await vi.advanceTimersByTimeAsync(100);
    expect(state.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(100);
    expect(state.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(100);
    expect(state.value).toEqual([
      { status: 'fulfilled', value: 'a' },
      { status: 'rejected', reason: 'b' },
      { status: 'fulfilled', value: 'c' },
    ]);
  });

  it('does not reject when an item rejects before the others fulfill', async () => {
    const state = track(promiseAllSettled([laterReject('early', 10), later('late', 50)]));
    await vi.advanceTimersByTimeAsync(10);
    expect(state.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(40);
    expect(state.status).toBe('fulfilled');
    expect(state.value[0]).toEqual({ status: 'rejected', reason: 'early' });
  });

  it('passes plain and falsy values through as fulfilled', async () => {
    const state = track(promiseAllSettled([0, '', null, false]));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.value).toEqual([
      { status: 'fulfilled', value: 0 },
      { status: 'fulfilled', value: '' },
      { status: 'fulfilled', value: null },
      { status: 'fulfilled', value: false },
    ]);
  });

  it('follows thenables and reads any iterable once', async () => {
    const thenable = { then: (resolve) => setTimeout(() => resolve('thenable'), 20) };
    function* items() {
      yield thenable;
      yield later('gen', 10);
    }
    const state = track(promiseAllSettled(items()));
    await vi.advanceTimersByTimeAsync(20);
    expect(state.value).toEqual([
      { status: 'fulfilled', value: 'thenable' },
      { status: 'fulfilled', value: 'gen' },
    ]);
  });

  it('records a thenable that rejects', async () => {
    const thenable = { then: (_, reject) => reject('bad') };
    const state = track(promiseAllSettled([thenable]));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.value).toEqual([{ status: 'rejected', reason: 'bad' }]);
  });

  it('settles 20,000 items', async () => {
    const items = Array.from({ length: 20000 }, (_, i) => (i % 2 ? Promise.reject(i) : i));
    const state = track(promiseAllSettled(items));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.status).toBe('fulfilled');
    expect(state.value.length).toBe(20000);
    expect(state.value[19999]).toEqual({ status: 'rejected', reason: 19999 });
    expect(state.value[19998]).toEqual({ status: 'fulfilled', value: 19998 });
  });
});
