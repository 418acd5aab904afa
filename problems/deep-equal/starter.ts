function deepEqual(a: unknown, b: unknown): boolean {
  // your code here
  return false;
}
