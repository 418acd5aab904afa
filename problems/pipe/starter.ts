function pipe(...fns: ((...args: any[]) => any)[]): (...args: any[]) => any {
  // your code here
  return (x) => x;
}
