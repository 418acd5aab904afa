function promiseRace<T>(iterable: Iterable<T | PromiseLike<T>>): Promise<T> {
  // your code here
  return new Promise<T>(() => {});
}
