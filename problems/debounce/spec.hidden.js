describe('debounce (hidden)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('calls fn with the this of the latest call', () => {
    const seen = [];
    const debounced = debounce(function () {
      seen.push(this);
    }, 50);
    const first = { name: 'first', debounced };
    const second = { name: 'second', debounced };
    first.debounced();
    second.debounced();
    vi.advanceTimersByTime(50);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBe(second);
  });

  it('forwards every argument unchanged', () => {
    const fn = vi.fn();
    const debounced = debounce(fn, 30);
    const options = { deep: [1, 2] };
    debounced(1, 'two', options, undefined, null);
    vi.advanceTimersByTime(30);
    expect(fn).toHaveBeenCalledTimes(1);
    const args = fn.mock.calls[0];
    expect(args).toHaveLength(5);
    expect(args[0]).toBe(1);
    expect(args[1]).toBe('two');
    expect(args[2]).toBe(options);
    expect(args[3]).toBeUndefined();
    expect(args[4]).toBeNull();
  });

  it('calls fn once per call when calls are further apart than wait', () => {
    const fn = vi.fn();
    const debounced = debounce(fn, 100);
    debounced('first');
    vi.advanceTimersByTime(150);
    debounced('second');
    vi.advanceTimersByTime(150);
    expect(fn.mock.calls).toEqual([['first'], ['second']]);
  });

  it('does not call fn again without a new call', () => {
    const fn = vi.fn();
    const debounced = debounce(fn, 100);
    debounced();
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('cancel() drops the pending call', () => {
    const fn = vi.fn();
    const debounced = debounce(fn, 100);
    debounced('dropped');
    vi.advanceTimersByTime(50);
    debounced.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).not.toHaveBeenCalled();
  });

  it('still works after cancel()', () => {
    const fn = vi.fn();
    const debounced = debounce(fn, 100);
    debounced('dropped');
    debounced.cancel();
    debounced('kept');
    vi.advanceTimersByTime(100);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenCalledWith('kept');
  });

  it('cancel() with nothing pending is harmless', () => {
    const fn = vi.fn();
    const debounced = debounce(fn, 100);
    expect(() => debounced.cancel()).not.toThrow();
    debounced('after');
    vi.advanceTimersByTime(100);
    expect(fn).toHaveBeenCalledWith('after');
  });

  it('keeps separate debounced functions independent', () => {
    const fn = vi.fn();
    const a = debounce(fn, 100);
    const b = debounce(fn, 100);
    a('a');
    vi.advanceTimersByTime(60);
    b('b');
    vi.advanceTimersByTime(40);
    expect(fn.mock.calls).toEqual([['a']]);
    vi.advanceTimersByTime(60);
    expect(fn.mock.calls).toEqual([['a'], ['b']]);
  });

  it('with wait 0 still defers the call', () => {
    const fn = vi.fn();
    const debounced = debounce(fn, 0);
    debounced('x');
    debounced('y');
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenCalledWith('y');
  });

  it('lets fn call the debounced function again', () => {
    let runs = 0;
    const debounced = debounce(() => {
      runs += 1;
      if (runs < 3) debounced();
    }, 10);
    debounced();
    vi.advanceTimersByTime(10);
    vi.advanceTimersByTime(10);
    vi.advanceTimersByTime(10);
    vi.advanceTimersByTime(100);
    expect(runs).toBe(3);
  });
});
