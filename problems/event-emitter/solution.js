class EventEmitter {
  constructor() {
    this.events = new Map(); // event name -> [{ listener, once }] in registration order
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
    const records = this.events.get(event);
    if (!records) return this;
    for (let i = records.length - 1; i >= 0; i -= 1) {
      if (records[i].listener === listener) {
        records.splice(i, 1); // only the most recent registration
        break;
      }
    }
    if (records.length === 0) this.events.delete(event);
    return this;
  }

  emit(event, ...args) {
    const records = this.events.get(event);
    if (!records) return 0;
    // A snapshot: on/off/once during this emit must not change who this emit calls.
    const snapshot = records.slice();
    let called = 0;
    for (const record of snapshot) {
      if (record.once) {
        if (record.fired) continue; // a nested emit already ran it
        record.fired = true;
        // Remove before calling, so a nested emit of the same event cannot call it again.
        this.removeRecord(event, record);
      }
      called += 1;
      record.listener(...args);
    }
    return called;
  }

  removeRecord(event, record) {
    const live = this.events.get(event);
    const at = live ? live.indexOf(record) : -1;
    if (at === -1) return;
    live.splice(at, 1);
    if (live.length === 0) this.events.delete(event);
  }
}
