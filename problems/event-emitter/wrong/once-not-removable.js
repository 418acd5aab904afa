// once registers an anonymous wrapper, so off(event, original) cannot find it,
// and the wrapper removes itself only after the listener has run.
class EventEmitter {
  constructor() {
    this.events = new Map();
  }
  on(event, listener) {
    if (!this.events.has(event)) this.events.set(event, []);
    this.events.get(event).push(listener);
    return this;
  }
  once(event, listener) {
    const wrapper = (...args) => {
      listener(...args);
      this.off(event, wrapper);
    };
    return this.on(event, wrapper);
  }
  off(event, listener) {
    const list = this.events.get(event) || [];
    const at = list.lastIndexOf(listener);
    if (at !== -1) list.splice(at, 1);
    return this;
  }
  emit(event, ...args) {
    const snapshot = (this.events.get(event) || []).slice();
    for (const listener of snapshot) listener(...args);
    return snapshot.length;
  }
}
