function myReduce<T, U>(
  array: T[],
  callback: (accumulator: U, value: T, index: number, array: T[]) => U,
  initialValue?: U,
): U {
  // your code here
  return initialValue as U;
}
