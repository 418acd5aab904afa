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

describe('promiseRace (hidden)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('returns a promise', () => {
    expect(promiseRace([1])).toBeInstanceOf(Promise);
  });

  it('stays pending forever for an empty array', async () => {
    const state = track(promiseRace([]));
    await vi.advanceTimersByTimeAsync(10000);
    expect(state.status).toBe('pending');
  });

  it('ignores a rejection that comes after the winner', async () => {
    const state = track(promiseRace([later('first', 100), laterReject(new Error('second'), 200)]));
    await vi.advanceTimersByTimeAsync(300);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toBe('first');
  });

  it('ignores a value that comes after a rejection', async () => {
    const reason = new Error('first');
    const state = track(promiseRace([later('second', 200), laterReject(reason, 100)]));
    await vi.advanceTimersByTimeAsync(300);
    expect(state.status).toBe('rejected');
    expect(state.reason).toBe(reason);
  });

  it('settles asynchronously even for plain values', () => {
    let settled = false;
    promiseRace(['plain']).then(() => {
      settled = true;
    });
    expect(settled).toBe(false);
  });

  it('picks the first of several plain values', async () => {
    const state = track(promiseRace([undefined, 'b', 'c']));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toBeUndefined();
  });

  it('accepts a Set and a generator', async () => {
    const fromSet = track(promiseRace(new Set([later('slow', 50), later('fast', 10)])));
    function* items() {
      yield later('g-slow', 40);
      yield later('g-fast', 20);
    }
    const fromGenerator = track(promiseRace(items()));
    await vi.advanceTimersByTimeAsync(50);
    expect(fromSet.value).toBe('fast');
    expect(fromGenerator.value).toBe('g-fast');
  });

  it('adopts a thenable that settles first', async () => {
    const thenable = {
      then(onFulfilled) {
        setTimeout(() => onFulfilled('thenable'), 5);
      },
    };
    const state = track(promiseRace([later('promise', 50), thenable]));
    await vi.advanceTimersByTimeAsync(50);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toBe('thenable');
  });

  it('settles with the earlier timer even when it is listed last', async () => {
    const inputs = [];
    for (let i = 0; i < 20; i += 1) inputs.push(later(i, 1000 - i * 10));
    const state = track(promiseRace(inputs));
    await vi.advanceTimersByTimeAsync(809);
    expect(state.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(state.value).toBe(19);
  });
});
