// off removes the earliest registration (indexOf) instead of the most recent one.
class EventEmitter {
  constructor() {
    this.events = new Map();
  }
  add(event, listener, once) {
    if (!this.events.has(event)) this.events.set(event, []);
    this.events.get(event).push({ listener, once });
    return this;
  }
  on(event, listener) {
    return this.add(event, listener, false);
  }
  once(event, listener) {
    return this.add(event, listener, true);
  }
  off(event, listener) {
    const list = this.events.get(event) || [];
    const at = list.findIndex((r) => r.listener === listener);
    if (at !== -1) list.splice(at, 1);
    return this;
  }
  emit(event, ...args) {
    const snapshot = (this.events.get(event) || []).slice();
    for (const record of snapshot) {
      if (record.once) {
        const list = this.events.get(event);
        list.splice(list.indexOf(record), 1);
      }
      record.listener(...args);
    }
    return snapshot.length;
  }
}
