function sleep(ms: number): Promise<void> {
  // your code here
  return Promise.resolve();
}
