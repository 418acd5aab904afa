describe('throttle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('runs fn immediately on the first call', () => {
    const fn = vi.fn();
    const throttled = throttle(fn, 100);
    throttled('a');
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenCalledWith('a');
  });

  it('runs a trailing call with the latest arguments when the window ends', () => {
    const fn = vi.fn();
    const throttled = throttle(fn, 100);
    throttled(1);
    vi.advanceTimersByTime(30);
    throttled(2);
    vi.advanceTimersByTime(30);
    throttled(3);
    expect(fn.mock.calls).toEqual([[1]]);
    vi.advanceTimersByTime(39); // t = 99
    expect(fn.mock.calls).toEqual([[1]]);
    vi.advanceTimersByTime(1); // t = 100
    expect(fn.mock.calls).toEqual([[1], [3]]);
  });

  it('follows the example timeline', () => {
    const seen = [];
    const onScroll = throttle((y) => seen.push(y), 100);
    onScroll(1);
    vi.advanceTimersByTime(30);
    onScroll(2);
    vi.advanceTimersByTime(30);
    onScroll(3);
    vi.advanceTimersByTime(40); // t = 100
    expect(seen).toEqual([1, 3]);
    vi.advanceTimersByTime(50); // t = 150
    onScroll(4);
    expect(seen).toEqual([1, 3]);
    vi.advanceTimersByTime(50); // t = 200
    expect(seen).toEqual([1, 3, 4]);
    vi.advanceTimersByTime(200); // t = 400
    onScroll(5);
    expect(seen).toEqual([1, 3, 4, 5]);
  });

  it('does not run a trailing call when there was only one call', () => {
    const fn = vi.fn();
    const throttled = throttle(fn, 100);
    throttled('only');
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
