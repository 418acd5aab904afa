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

describe('promiseAll (hidden)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('waits for every input even when the last one finishes first', async () => {
    const state = track(promiseAll([later('a', 300), later('b', 200), later('c', 100)]));
    await vi.advanceTimersByTimeAsync(100);
    expect(state.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(100);
    expect(state.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(100);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toEqual(['a', 'b', 'c']);
  });

  it('passes plain values through unchanged, including falsy ones', async () => {
    const state = track(promiseAll([0, '', null, undefined, false, { k: 1 }]));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toEqual([0, '', null, undefined, false, { k: 1 }]);
    expect(state.value).toHaveLength(6);
  });

  it('accepts a Set', async () => {
    const state = track(promiseAll(new Set([later('x', 20), 'y'])));
    await vi.advanceTimersByTimeAsync(20);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toEqual(['x', 'y']);
  });

  it('fulfills with [] for an empty Set', async () => {
    const state = track(promiseAll(new Set()));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toEqual([]);
  });

  it('accepts a generator', async () => {
    function* items() {
      yield later(1, 30);
      yield 2;
      yield later(3, 10);
    }
    const state = track(promiseAll(items()));
    await vi.advanceTimersByTimeAsync(30);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toEqual([1, 2, 3]);
  });

  it('adopts thenables that are not real promises', async () => {
    const thenable = {
      then(onFulfilled) {
        setTimeout(() => onFulfilled('from thenable'), 50);
      },
    };
    const state = track(promiseAll([thenable, 'plain']));
    await vi.advanceTimersByTimeAsync(50);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toEqual(['from thenable', 'plain']);
  });

  it('rejects as soon as one input rejects, without waiting for the rest', async () => {
    const boom = new Error('boom');
    const state = track(promiseAll([later('never needed', 1000), laterReject(boom, 10)]));
    await vi.advanceTimersByTimeAsync(10);
    expect(state.status).toBe('rejected');
    expect(state.reason).toBe(boom);
  });

  it('ignores rejections after the first one and values after a rejection', async () => {
    const first = new Error('first');
    const state = track(
      promiseAll([laterReject(first, 10), laterReject(new Error('second'), 20), later('ok', 30)]),
    );
    await vi.advanceTimersByTimeAsync(100);
    expect(state.status).toBe('rejected');
    expect(state.reason).toBe(first);
  });

  it('rejects with an already rejected input', async () => {
    const reason = new Error('rejected up front');
    const rejected = Promise.reject(reason);
    const state = track(promiseAll([1, rejected, later(3, 10)]));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.status).toBe('rejected');
    expect(state.reason).toBe(reason);
  });

  it('does not fulfill synchronously', () => {
    let settled = false;
    promiseAll([1, 2, 3]).then(() => {
      settled = true;
    });
    expect(settled).toBe(false);
  });

  it('handles many inputs finishing in reverse order', async () => {
    const inputs = [];
    for (let i = 0; i < 50; i += 1) inputs.push(later(i, 500 - i * 10));
    const state = track(promiseAll(inputs));
    await vi.advanceTimersByTimeAsync(500);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });
});
