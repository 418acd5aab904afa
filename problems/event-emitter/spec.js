describe('EventEmitter', () => {
  it('calls a listener with the emitted arguments and returns the count', () => {
    const emitter = new EventEmitter();
    const listener = vi.fn();
    emitter.on('join', listener);
    expect(emitter.emit('join', 'ada', 36)).toBe(1);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith('ada', 36);
  });

  it('returns 0 for an event with no listeners', () => {
    const emitter = new EventEmitter();
    expect(emitter.emit('nothing')).toBe(0);
  });

  it('calls listeners in registration order', () => {
    const emitter = new EventEmitter();
    const order = [];
    emitter.on('tick', () => order.push('a'));
    emitter.on('tick', () => order.push('b'));
    emitter.on('tick', () => order.push('c'));
    expect(emitter.emit('tick')).toBe(3);
    expect(order).toEqual(['a', 'b', 'c']);
  });

  it('follows the example', () => {
    const emitter = new EventEmitter();
    const log = [];
    const greet = (name) => log.push(`hello ${name}`);
    emitter.on('join', greet).once('join', (name) => log.push(`welcome, first ${name}`));
    expect(emitter.emit('join', 'ada')).toBe(2);
    expect(emitter.emit('join', 'grace')).toBe(1);
    emitter.off('join', greet);
    expect(emitter.emit('join', 'alan')).toBe(0);
    expect(emitter.emit('leave')).toBe(0);
    expect(log).toEqual(['hello ada', 'welcome, first ada', 'hello grace']);
  });
});
