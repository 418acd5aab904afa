describe('once', () => {
  it('calls fn on the first call and returns its result', () => {
    const fn = vi.fn(() => 42);
    const wrapped = once(fn);
    expect(fn).not.toHaveBeenCalled();
    expect(wrapped()).toBe(42);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('returns the first result again without calling fn', () => {
    let runs = 0;
    const init = once(() => ++runs);
    expect(init()).toBe(1);
    expect(init()).toBe(1);
    expect(init()).toBe(1);
    expect(runs).toBe(1);
  });

  it('passes the first call’s arguments and ignores later ones', () => {
    const add = vi.fn((a, b) => a + b);
    const first = once(add);
    expect(first(2, 3)).toBe(5);
    expect(first(10, 10)).toBe(5);
    expect(add).toHaveBeenCalledWith(2, 3);
    expect(add).toHaveBeenCalledTimes(1);
  });

  it('calls fn with the caller’s this', () => {
    const counter = {
      count: 10,
      next: once(function () {
        return ++this.count;
      }),
    };
    expect(counter.next()).toBe(11);
    expect(counter.next()).toBe(11);
    expect(counter.count).toBe(11);
  });
});
