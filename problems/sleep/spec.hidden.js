function track(promise) {
  const state = { status: 'pending', value: 'not set' };
  promise.then(
    (value) => {
      state.status = 'fulfilled';
      state.value = value;
    },
    () => {
      state.status = 'rejected';
    },
  );
  return state;
}

describe('sleep (hidden)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('does not fulfill without the clock moving', async () => {
    const state = track(sleep(1));
    await Promise.resolve();
    await Promise.resolve();
    expect(state.status).toBe('pending');
  });

  it('sleep(0) is still asynchronous and waits for a timer', async () => {
    const state = track(sleep(0));
    await Promise.resolve();
    expect(state.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(0);
    expect(state.status).toBe('fulfilled');
  });

  it('treats a negative delay like 0', async () => {
    const state = track(sleep(-50));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.status).toBe('fulfilled');
  });

  it('uses exactly one timer per call', () => {
    sleep(1000);
    sleep(2000);
    expect(vi.getTimerCount()).toBe(2);
  });

  it('works with await in a loop', async () => {
    const ticks = [];
    async function run() {
      for (let i = 0; i < 3; i += 1) {
        await sleep(100);
        ticks.push(Date.now());
      }
    }
    const start = Date.now();
    const done = track(run());
    await vi.advanceTimersByTimeAsync(300);
    expect(done.status).toBe('fulfilled');
    expect(ticks.map((t) => t - start)).toEqual([100, 200, 300]);
  });

  it('does not block: other timers run while it waits', async () => {
    const order = [];
    sleep(100).then(() => order.push('slept'));
    setTimeout(() => order.push('other timer'), 50);
    await vi.advanceTimersByTimeAsync(100);
    expect(order).toEqual(['other timer', 'slept']);
  });

  it('keeps separate sleeps independent', async () => {
    const a = track(sleep(1000));
    const b = track(sleep(10));
    await vi.advanceTimersByTimeAsync(10);
    expect(b.status).toBe('fulfilled');
    expect(a.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(990);
    expect(a.status).toBe('fulfilled');
  });

  it('handles long delays', async () => {
    const state = track(sleep(100000));
    await vi.advanceTimersByTimeAsync(99999);
    expect(state.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(state.status).toBe('fulfilled');
  });
});
