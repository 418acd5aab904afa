type Listener = (...args: any[]) => void;

class EventEmitter {
  constructor() {
    // your code here
  }

  /** Registers listener for event; returns this. */
  on(event: string, listener: Listener): this {
    return this;
  }

  /** Registers listener for the next emit of event only; returns this. */
  once(event: string, listener: Listener): this {
    return this;
  }

  /** Removes the most recent registration of listener for event; returns this. */
  off(event: string, listener: Listener): this {
    return this;
  }

  /** Calls the listeners of event with args; returns how many were called. */
  emit(event: string, ...args: unknown[]): number {
    return 0;
  }
}
