describe('throttle with options', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('runs leading and trailing calls by default', () => {
    const fn = vi.fn();
    const throttled = throttle(fn, 100);
    throttled(1);
    expect(fn.mock.calls).toEqual([[1]]);
    vi.advanceTimersByTime(30);
    throttled(2);
    throttled(3);
    vi.advanceTimersByTime(69); // t = 99
    expect(fn.mock.calls).toEqual([[1]]);
    vi.advanceTimersByTime(1); // t = 100
    expect(fn.mock.calls).toEqual([[1], [3]]);
  });

  it('with leading: false, runs the latest call at the end of the window (example 1)', () => {
    const seen = [];
    const save = throttle((text) => seen.push(text), 100, { leading: false });
    save('a');
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(40);
    save('ab');
    vi.advanceTimersByTime(59); // t = 99
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1); // t = 100
    expect(seen).toEqual(['ab']);
    vi.advanceTimersByTime(200);
    expect(seen).toEqual(['ab']);
  });

  it('with trailing: false, drops calls inside the window (example 2)', () => {
    const seen = [];
    const click = throttle((n) => seen.push(n), 100, { trailing: false });
    click(1);
    vi.advanceTimersByTime(60);
    click(2);
    vi.advanceTimersByTime(40); // t = 100
    expect(seen).toEqual([1]);
    click(3);
    expect(seen).toEqual([1, 3]);
  });

  it('cancel forgets the saved call and closes the window (example 3)', () => {
    const seen = [];
    const move = throttle((x) => seen.push(x), 100);
    move(1);
    vi.advanceTimersByTime(10);
    move(2);
    move.cancel();
    vi.advanceTimersByTime(10);
    move(3);
    expect(seen).toEqual([1, 3]);
  });
});
