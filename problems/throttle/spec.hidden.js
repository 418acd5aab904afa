describe('throttle (hidden)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('starts a new window after the trailing call', () => {
    const fn = vi.fn();
    const throttled = throttle(fn, 100);
    throttled('lead');
    vi.advanceTimersByTime(50);
    throttled('trail');
    vi.advanceTimersByTime(50); // t = 100: trailing call runs
    expect(fn.mock.calls).toEqual([['lead'], ['trail']]);
    vi.advanceTimersByTime(10); // t = 110: inside the new window
    throttled('too soon');
    expect(fn).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(90); // t = 200
    expect(fn.mock.calls).toEqual([['lead'], ['trail'], ['too soon']]);
  });

  it('never runs fn twice within wait ms under a steady stream of calls', () => {
    const times = [];
    const throttled = throttle(() => times.push(Date.now()), 100);
    const start = Date.now();
    for (let t = 0; t < 1000; t += 10) {
      throttled();
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(500);
    const offsets = times.map((t) => t - start);
    expect(offsets).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
  });

  it('forwards this on the leading call', () => {
    const seen = [];
    const throttled = throttle(function () {
      seen.push(this);
    }, 50);
    const owner = { throttled };
    owner.throttled();
    expect(seen).toEqual([owner]);
    expect(seen[0]).toBe(owner);
  });

  it('forwards the this of the latest call on the trailing call', () => {
    const seen = [];
    const throttled = throttle(function (label) {
      seen.push([this.name, label]);
    }, 50);
    const a = { name: 'a', throttled };
    const b = { name: 'b', throttled };
    const c = { name: 'c', throttled };
    a.throttled(1);
    b.throttled(2);
    c.throttled(3);
    vi.advanceTimersByTime(50);
    expect(seen).toEqual([
      ['a', 1],
      ['c', 3],
    ]);
  });

  it('forwards every argument unchanged', () => {
    const fn = vi.fn();
    const throttled = throttle(fn, 30);
    const options = { deep: [1, 2] };
    throttled('x');
    throttled(1, 'two', options, undefined, null);
    vi.advanceTimersByTime(30);
    const args = fn.mock.calls[1];
    expect(args).toHaveLength(5);
    expect(args[2]).toBe(options);
    expect(args[3]).toBeUndefined();
    expect(args[4]).toBeNull();
  });

  it('runs every call at once when calls are further apart than wait', () => {
    const fn = vi.fn();
    const throttled = throttle(fn, 100);
    throttled('first');
    vi.advanceTimersByTime(150);
    throttled('second');
    expect(fn.mock.calls).toEqual([['first'], ['second']]);
    vi.advanceTimersByTime(250);
    throttled('third');
    expect(fn.mock.calls).toEqual([['first'], ['second'], ['third']]);
  });

  it('goes idle after a window with no calls, even right after a trailing call', () => {
    const fn = vi.fn();
    const throttled = throttle(fn, 100);
    throttled(1);
    throttled(2);
    vi.advanceTimersByTime(100); // trailing call with 2, new window until 200
    vi.advanceTimersByTime(100); // window ends empty: idle
    throttled(3);
    expect(fn.mock.calls).toEqual([[1], [2], [3]]);
  });

  it('returns undefined', () => {
    const throttled = throttle(() => 42, 10);
    expect(throttled()).toBeUndefined();
    expect(throttled()).toBeUndefined();
  });

  it('keeps separate throttled functions independent', () => {
    const fn = vi.fn();
    const a = throttle(fn, 100);
    const b = throttle(fn, 100);
    a('a1');
    b('b1');
    a('a2');
    expect(fn.mock.calls).toEqual([['a1'], ['b1']]);
    vi.advanceTimersByTime(100);
    expect(fn.mock.calls).toEqual([['a1'], ['b1'], ['a2']]);
  });
});
