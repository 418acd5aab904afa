function once<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R | undefined {
  // your code here
  return fn;
}
