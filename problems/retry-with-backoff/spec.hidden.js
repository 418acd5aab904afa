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

// A task that fails `failures` times (rejecting with Error('fail 1'), 'fail 2', …), then fulfils.
function flaky(failures, value) {
  let calls = 0;
  return vi.fn(() => {
    calls += 1;
    return calls <= failures ? Promise.reject(new Error(`fail ${calls}`)) : Promise.resolve(value);
  });
}

describe('withRetry (hidden)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('retries a synchronous throw like a rejection', async () => {
    let calls = 0;
    const task = vi.fn(() => {
      calls += 1;
      if (calls < 3) throw new Error(`sync ${calls}`);
      return 'done';
    });
    const state = track(withRetry(task, { retries: 3, baseDelay: 10 })());
    await vi.advanceTimersByTimeAsync(30);
    expect(task).toHaveBeenCalledTimes(3);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toBe('done');
  });

  it('fulfils with a plain return value, falsy ones included', async () => {
    const state = track(withRetry(() => 0, { retries: 2, baseDelay: 10 })());
    await vi.advanceTimersByTimeAsync(0);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toBe(0);
  });

  it('caps every wait at maxDelay', async () => {
    const starts = [];
    const task = vi.fn(() => {
      starts.push(Date.now());
      return Promise.reject(new Error('down'));
    });
    const t0 = Date.now();
    const state = track(withRetry(task, { retries: 4, baseDelay: 100, maxDelay: 250 })());
    await vi.advanceTimersByTimeAsync(2000);
    expect(starts.map((t) => t - t0)).toEqual([0, 100, 300, 550, 800]);
    expect(state.status).toBe('rejected');
  });

  it('keeps doubling without a cap when maxDelay is not given', async () => {
    const starts = [];
    const task = vi.fn(() => {
      starts.push(Date.now());
      return Promise.reject(new Error('down'));
    });
    const t0 = Date.now();
    track(withRetry(task, { retries: 4, baseDelay: 30 })());
    await vi.advanceTimersByTimeAsync(5000);
    expect(starts.map((t) => t - t0)).toEqual([0, 30, 90, 210, 450]);
  });

  it('makes exactly one attempt with retries: 0', async () => {
    const task = flaky(1, 'late');
    const state = track(withRetry(task, { retries: 0, baseDelay: 10 })());
    await vi.advanceTimersByTimeAsync(1000);
    expect(task).toHaveBeenCalledTimes(1);
    expect(state.status).toBe('rejected');
    expect(state.reason.message).toBe('fail 1');
  });

  it('stops at once when shouldRetry says no, and asks it about each error', async () => {
    const task = flaky(5, 'never');
    const shouldRetry = vi.fn((error) => error.message !== 'fail 2');
    const state = track(withRetry(task, { retries: 5, baseDelay: 10, shouldRetry })());
    await vi.advanceTimersByTimeAsync(10);
    expect(task).toHaveBeenCalledTimes(2);
    expect(state.status).toBe('rejected');
    expect(state.reason.message).toBe('fail 2');
    expect(shouldRetry.mock.calls.map(([e]) => e.message)).toEqual(['fail 1', 'fail 2']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(task).toHaveBeenCalledTimes(2);
  });

  it('does not ask shouldRetry about a success, and retries while it says yes', async () => {
    const task = flaky(2, 'ok');
    const shouldRetry = vi.fn(() => true);
    const state = track(withRetry(task, { retries: 5, baseDelay: 10, shouldRetry })());
    await vi.advanceTimersByTimeAsync(30);
    expect(state.value).toBe('ok');
    expect(shouldRetry).toHaveBeenCalledTimes(2);
  });

  it('calls fn with the caller’s this and the same arguments on every attempt', async () => {
    const seen = [];
    const api = {
      name: 'svc',
      load: withRetry(
        function (id, opts) {
          seen.push([this && this.name, id, opts]);
          return seen.length < 3 ? Promise.reject(new Error('x')) : Promise.resolve(id);
        },
        { retries: 3, baseDelay: 5 },
      ),
    };
    const state = track(api.load(7, 'fast'));
    await vi.advanceTimersByTimeAsync(15);
    expect(state.value).toBe(7);
    expect(seen).toEqual([
      ['svc', 7, 'fast'],
      ['svc', 7, 'fast'],
      ['svc', 7, 'fast'],
    ]);
  });

  it('gives overlapping calls their own attempts and waits', async () => {
    const byId = { a: 0, b: 0 };
    const task = vi.fn((id) => {
      byId[id] += 1;
      return byId[id] <= 2 ? Promise.reject(new Error(`${id} ${byId[id]}`)) : Promise.resolve(id);
    });
    const wrapped = withRetry(task, { retries: 2, baseDelay: 100 });
    const a = track(wrapped('a'));
    await vi.advanceTimersByTimeAsync(50);
    const b = track(wrapped('b'));
    await vi.advanceTimersByTimeAsync(250); // t = 300: a retried at 100 and 300
    expect(a.status).toBe('fulfilled');
    expect(b.status).toBe('pending'); // b started at 50: retries at 150 and 350
    await vi.advanceTimersByTimeAsync(50); // t = 350
    expect(b.status).toBe('fulfilled');
    expect(byId).toEqual({ a: 3, b: 3 });
  });

  it('can be called again after a call has rejected, starting from baseDelay', async () => {
    const task = flaky(2, 'second call wins');
    const wrapped = withRetry(task, { retries: 1, baseDelay: 40 });
    const first = track(wrapped());
    await vi.advanceTimersByTimeAsync(40);
    expect(first.status).toBe('rejected');
    const second = track(wrapped());
    await vi.advanceTimersByTimeAsync(0);
    expect(second.status).toBe('fulfilled');
    expect(second.value).toBe('second call wins');
  });

  // 50, not 1,000: advanceTimersByTimeAsync yields to the event loop with setTimeout before each
  // fake timer, and browsers clamp nested setTimeout to 4 ms, so each retry costs real time there.
  it('runs 50 retries under a small cap', async () => {
    const task = flaky(50, 'finally');
    const state = track(withRetry(task, { retries: 50, baseDelay: 1, maxDelay: 2 })());
    await vi.advanceTimersByTimeAsync(98); // waits 1 + 49 · 2 = 99 ms in all
    expect(task).toHaveBeenCalledTimes(50);
    await vi.advanceTimersByTimeAsync(1);
    expect(task).toHaveBeenCalledTimes(51);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toBe('finally');
  });
});
