// Loops over the live listener array, and once is a wrapper that calls off while it runs:
// the splice shifts the array under the loop, so the listener after it is skipped.
class EventEmitter {
  constructor() {
    this.events = {};
  }
  on(event, listener) {
    (this.events[event] ||= []).push(listener);
    return this;
  }
  once(event, listener) {
    const wrapper = (...args) => {
      this.off(event, wrapper);
      listener(...args);
    };
    wrapper.original = listener;
    return this.on(event, wrapper);
  }
  off(event, listener) {
    const list = this.events[event] || [];
    for (let i = list.length - 1; i >= 0; i -= 1) {
      if (list[i] === listener || list[i].original === listener) {
        list.splice(i, 1);
        break;
      }
    }
    return this;
  }
  emit(event, ...args) {
    const list = this.events[event] || [];
    let called = 0;
    for (let i = 0; i < list.length; i += 1) {
      list[i](...args);
      called += 1;
    }
    return called;
  }
}
