/** Flattens without recursion: the input may be nested 100,000 levels deep. */
function flatten(array: unknown[], depth: number = Infinity): unknown[] {
  // your code here
  return array;
}
