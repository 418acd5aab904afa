describe('throttle with options (hidden)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('treats a missing options object and missing fields as true', () => {
    for (const options of [undefined, {}, { leading: true }, { trailing: true }]) {
      const fn = vi.fn();
      const throttled = throttle(fn, 50, options);
      throttled('lead');
      throttled('trail');
      expect(fn.mock.calls).toEqual([['lead']]);
      vi.advanceTimersByTime(50);
      expect(fn.mock.calls).toEqual([['lead'], ['trail']]);
      vi.runAllTimers();
    }
  });

  it('opens a new window after a trailing run', () => {
    const fn = vi.fn();
    const throttled = throttle(fn, 100);
    throttled(1);
    throttled(2);
    vi.advanceTimersByTime(100); // trailing run of 2, new window until 200
    vi.advanceTimersByTime(50); // t = 150
    throttled(3);
    expect(fn.mock.calls).toEqual([[1], [2]]);
    vi.advanceTimersByTime(50); // t = 200
    expect(fn.mock.calls).toEqual([[1], [2], [3]]);
  });

  it('does not run a trailing call after a single call', () => {
    const fn = vi.fn();
    const throttled = throttle(fn, 100);
    throttled('only');
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('with leading: false, a single call still runs once the window ends', () => {
    const fn = vi.fn();
    const throttled = throttle(fn, 80, { leading: false });
    throttled('solo');
    vi.advanceTimersByTime(79);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn.mock.calls).toEqual([['solo']]);
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('with leading: false, keeps windows back to back while calls keep coming', () => {
    const fn = vi.fn();
    const throttled = throttle(fn, 100, { leading: false });
    throttled('a'); // t = 0
    vi.advanceTimersByTime(100); // runs 'a', new window until 200
    vi.advanceTimersByTime(20);
    throttled('b'); // t = 120
    vi.advanceTimersByTime(79); // t = 199
    expect(fn.mock.calls).toEqual([['a']]);
    vi.advanceTimersByTime(1); // t = 200
    expect(fn.mock.calls).toEqual([['a'], ['b']]);
    vi.advanceTimersByTime(100); // t = 300: nothing saved, idle
    vi.advanceTimersByTime(50);
    throttled('c'); // t = 350: opens a fresh window, runs at 450
    vi.advanceTimersByTime(99);
    expect(fn).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1);
    expect(fn.mock.calls).toEqual([['a'], ['b'], ['c']]);
  });

  it('with trailing: false, never runs more than the leading call per window', () => {
    const fn = vi.fn();
    const throttled = throttle(fn, 100, { trailing: false });
    for (let t = 0; t < 250; t += 10) {
      throttled(t);
      vi.advanceTimersByTime(10);
    }
    expect(fn.mock.calls).toEqual([[0], [100], [200]]);
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('never runs fn when both edges are off', () => {
    const fn = vi.fn();
    const throttled = throttle(fn, 100, { leading: false, trailing: false });
    throttled(1);
    vi.advanceTimersByTime(50);
    throttled(2);
    vi.advanceTimersByTime(500);
    throttled(3);
    vi.advanceTimersByTime(500);
    expect(fn).not.toHaveBeenCalled();
  });

  it('forwards this and every argument on each edge', () => {
    const seen = [];
    const record = function (...args) {
      seen.push([this.id, ...args]);
    };
    const a = { id: 'a', run: throttle(record, 100) };
    const b = { id: 'b', run: throttle(record, 100, { leading: false }) };
    a.run(1, 2);
    a.run(3, 4, 5);
    b.run(6);
    vi.advanceTimersByTime(100);
    expect(seen).toEqual([
      ['a', 1, 2],
      ['a', 3, 4, 5],
      ['b', 6],
    ]);
  });

  it('after cancel, a leading-false throttle waits a full window again', () => {
    const fn = vi.fn();
    const throttled = throttle(fn, 100, { leading: false });
    throttled('x');
    vi.advanceTimersByTime(70);
    throttled.cancel();
    vi.advanceTimersByTime(30); // t = 100: the cancelled window must not run anything
    expect(fn).not.toHaveBeenCalled();
    throttled('y'); // t = 100: a fresh window until 200
    vi.advanceTimersByTime(99);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn.mock.calls).toEqual([['y']]);
  });

  it('cancel while idle does nothing harmful, and leaves no timer behind', () => {
    const fn = vi.fn();
    const throttled = throttle(fn, 100);
    throttled.cancel();
    throttled(1);
    throttled(2);
    throttled.cancel();
    expect(vi.getTimerCount()).toBe(0);
    throttled(3);
    expect(fn.mock.calls).toEqual([[1], [3]]);
  });

  it('returns undefined', () => {
    const throttled = throttle(() => 42, 100);
    expect(throttled()).toBeUndefined();
    expect(throttled()).toBeUndefined();
  });
});
