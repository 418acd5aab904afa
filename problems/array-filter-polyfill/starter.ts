function myFilter<T>(
  array: T[],
  callback: (value: T, index: number, array: T[]) => unknown,
  thisArg?: unknown,
): T[] {
  // your code here
  return array;
}
