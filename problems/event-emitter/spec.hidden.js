describe('EventEmitter (hidden)', () => {
  it('returns the emitter from on, once and off', () => {
    const emitter = new EventEmitter();
    const f = () => {};
    expect(emitter.on('a', f)).toBe(emitter);
    expect(emitter.once('a', f)).toBe(emitter);
    expect(emitter.off('a', f)).toBe(emitter);
    expect(emitter.off('missing', f)).toBe(emitter);
  });

  it('keeps events separate', () => {
    const emitter = new EventEmitter();
    const a = vi.fn();
    const b = vi.fn();
    emitter.on('a', a);
    emitter.on('b', b);
    emitter.emit('a', 1);
    expect(a).toHaveBeenCalledWith(1);
    expect(b).not.toHaveBeenCalled();
  });

  it('calls a listener added twice twice, and off removes only one registration', () => {
    const emitter = new EventEmitter();
    const f = vi.fn();
    emitter.on('e', f).on('e', f);
    expect(emitter.emit('e')).toBe(2);
    emitter.off('e', f);
    expect(emitter.emit('e')).toBe(1);
    emitter.off('e', f);
    expect(emitter.emit('e')).toBe(0);
    expect(f).toHaveBeenCalledTimes(3);
  });

  it('off removes the most recent registration', () => {
    const emitter = new EventEmitter();
    const order = [];
    const f = () => order.push('f');
    const g = () => order.push('g');
    emitter.on('e', f).on('e', g).on('e', f);
    emitter.off('e', f);
    emitter.emit('e');
    expect(order).toEqual(['f', 'g']);
  });

  it('runs a once listener only on the first emit', () => {
    const emitter = new EventEmitter();
    const f = vi.fn();
    emitter.once('e', f);
    expect(emitter.emit('e', 1)).toBe(1);
    expect(emitter.emit('e', 2)).toBe(0);
    expect(f).toHaveBeenCalledTimes(1);
    expect(f).toHaveBeenCalledWith(1);
  });

  it('off removes a once listener by its original function', () => {
    const emitter = new EventEmitter();
    const f = vi.fn();
    emitter.once('e', f);
    emitter.off('e', f);
    expect(emitter.emit('e')).toBe(0);
    expect(f).not.toHaveBeenCalled();
  });

  it('a once listener does not make emit skip the next listener', () => {
    const emitter = new EventEmitter();
    const order = [];
    emitter.once('e', () => order.push('once'));
    emitter.on('e', () => order.push('after'));
    expect(emitter.emit('e')).toBe(2);
    expect(order).toEqual(['once', 'after']);
  });

  it('a listener that removes itself does not make emit skip the next one', () => {
    const emitter = new EventEmitter();
    const order = [];
    const self = () => {
      order.push('self');
      emitter.off('e', self);
    };
    emitter.on('e', self);
    emitter.on('e', () => order.push('next'));
    expect(emitter.emit('e')).toBe(2);
    expect(emitter.emit('e')).toBe(1);
    expect(order).toEqual(['self', 'next', 'next']);
  });

  it('still calls a listener that an earlier listener removes during the same emit', () => {
    const emitter = new EventEmitter();
    const later = vi.fn();
    emitter.on('e', () => emitter.off('e', later));
    emitter.on('e', later);
    expect(emitter.emit('e')).toBe(2);
    expect(later).toHaveBeenCalledTimes(1);
    expect(emitter.emit('e')).toBe(1);
    expect(later).toHaveBeenCalledTimes(1);
  });

  it('does not call a listener added during the same emit', () => {
    const emitter = new EventEmitter();
    const added = vi.fn();
    let first = true;
    emitter.on('e', () => {
      if (first) emitter.on('e', added);
      first = false;
    });
    expect(emitter.emit('e')).toBe(1);
    expect(added).not.toHaveBeenCalled();
    expect(emitter.emit('e')).toBe(2);
    expect(added).toHaveBeenCalledTimes(1);
  });

  it('a once listener that emits its own event runs only once', () => {
    const emitter = new EventEmitter();
    let runs = 0;
    emitter.once('e', () => {
      runs += 1;
      emitter.emit('e');
    });
    emitter.emit('e');
    expect(runs).toBe(1);
  });

  it('handles many listeners and emits', () => {
    const emitter = new EventEmitter();
    let total = 0;
    for (let i = 0; i < 1000; i += 1) emitter.on('n', (x) => (total += x));
    for (let i = 0; i < 1000; i += 1) emitter.emit('n', 1);
    expect(total).toBe(1000000);
  });

  it('a once listener reached again by a nested emit of its event runs only once', () => {
    const emitter = new EventEmitter();
    const once = vi.fn();
    let nested = false;
    emitter.on('e', () => {
      if (nested) return;
      nested = true;
      emitter.emit('e'); // runs the once listener before the outer emit reaches it
    });
    emitter.once('e', once);
    emitter.emit('e');
    expect(once).toHaveBeenCalledTimes(1);
  });

  it('after a once registration fires, off removes the remaining on registration of the same function', () => {
    const emitter = new EventEmitter();
    const f = vi.fn();
    emitter.on('e', f).once('e', f);
    expect(emitter.emit('e')).toBe(2);
    emitter.off('e', f);
    expect(emitter.emit('e')).toBe(0);
    expect(f).toHaveBeenCalledTimes(2);
  });

  it('a once listener removed by an earlier listener leaves the other listeners in place', () => {
    const emitter = new EventEmitter();
    const removed = vi.fn();
    const last = vi.fn();
    emitter.on('e', () => emitter.off('e', removed));
    emitter.once('e', removed);
    emitter.on('e', last);
    expect(emitter.emit('e')).toBe(3); // the snapshot still calls the removed listener
    expect(emitter.emit('e')).toBe(2);
    expect(last).toHaveBeenCalledTimes(2);
    expect(removed).toHaveBeenCalledTimes(1);
  });

  it('a once listener whose event was emptied during the emit is still called, without an error', () => {
    const emitter = new EventEmitter();
    const removed = vi.fn();
    emitter.once('e', () => emitter.off('e', removed));
    emitter.once('e', removed);
    expect(emitter.emit('e')).toBe(2);
    expect(removed).toHaveBeenCalledTimes(1);
    expect(emitter.emit('e')).toBe(0);
  });
});
