function set(obj: object, path: string | (string | number)[], value: unknown): object {
  // your code here
  return {};
}
