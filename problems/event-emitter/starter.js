class EventEmitter {
  constructor() {
    // your code here
  }

  /** Registers listener for event; returns this. */
  on(event, listener) {
    return this;
  }

  /** Registers listener for the next emit of event only; returns this. */
  once(event, listener) {
    return this;
  }

  /** Removes the most recent registration of listener for event; returns this. */
  off(event, listener) {
    return this;
  }

  /** Calls the listeners of event with args; returns how many were called. */
  emit(event, ...args) {
    return 0;
  }
}
