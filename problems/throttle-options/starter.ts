interface ThrottleOptions {
  leading?: boolean;
  trailing?: boolean;
}

function throttle<A extends unknown[]>(
  fn: (...args: A) => void,
  wait: number,
  options?: ThrottleOptions,
): ((...args: A) => void) & { cancel(): void } {
  // your code here
  function throttled(this: unknown, ..._args: A): void {}
  throttled.cancel = (): void => {};
  return throttled;
}
