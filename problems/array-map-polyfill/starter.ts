function myMap<T, U>(
  array: T[],
  callback: (value: T, index: number, array: T[]) => U,
  thisArg?: unknown,
): U[] {
  // your code here
  return [];
}
