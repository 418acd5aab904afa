// track() records whether a promise has fulfilled without awaiting it, so a promise that
// never fulfills fails an assertion instead of hanging the run.
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

describe('sleep', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('returns a promise', () => {
    expect(sleep(10)).toBeInstanceOf(Promise);
  });

  it('fulfills after ms milliseconds, not before', async () => {
    const state = track(sleep(300));
    await vi.advanceTimersByTimeAsync(299);
    expect(state.status).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(state.status).toBe('fulfilled');
  });

  it('fulfills with undefined', async () => {
    const state = track(sleep(5));
    await vi.advanceTimersByTimeAsync(5);
    expect(state.status).toBe('fulfilled');
    expect(state.value).toBeUndefined();
  });

  it('lets shorter sleeps finish first', async () => {
    const order = [];
    sleep(200).then(() => order.push('200 ms'));
    sleep(100).then(() => order.push('100 ms'));
    order.push('sync');
    await vi.advanceTimersByTimeAsync(200);
    expect(order).toEqual(['sync', '100 ms', '200 ms']);
  });
});
