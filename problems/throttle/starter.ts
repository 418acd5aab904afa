function throttle<A extends unknown[]>(
  fn: (...args: A) => void,
  wait: number,
): (...args: A) => void {
  // your code here
  return function throttled(this: unknown, ..._args: A): void {};
}
