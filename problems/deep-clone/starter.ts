function deepClone<T>(value: T): T {
  // your code here
  return value;
}
