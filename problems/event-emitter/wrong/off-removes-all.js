// off filters out every registration of the function instead of only the most recent one.
class EventEmitter {
  constructor() {
    this.events = new Map();
  }
  on(event, listener) {
    if (!this.events.has(event)) this.events.set(event, []);
    this.events.get(event).push({ listener, once: false });
    return this;
  }
  once(event, listener) {
    if (!this.events.has(event)) this.events.set(event, []);
    this.events.get(event).push({ listener, once: true });
    return this;
  }
  off(event, listener) {
    const list = this.events.get(event) || [];
    this.events.set(
      event,
      list.filter((r) => r.listener !== listener),
    );
    return this;
  }
  emit(event, ...args) {
    const snapshot = (this.events.get(event) || []).slice();
    for (const record of snapshot) {
      if (record.once)
        this.events.set(
          event,
          this.events.get(event).filter((r) => r !== record),
        );
      record.listener(...args);
    }
    return snapshot.length;
  }
}
