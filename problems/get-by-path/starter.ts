function get(obj: unknown, path: string | (string | number)[], defaultValue: unknown): unknown {
  // your code here
  return undefined;
}
