function promisePool<T>(tasks: (() => Promise<T> | T)[], limit: number): Promise<T[]> {
  // your code here
  return Promise.resolve([]);
}
