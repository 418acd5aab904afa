function flatten(array: unknown[], depth: number = Infinity): unknown[] {
  // your code here
  return array;
}
