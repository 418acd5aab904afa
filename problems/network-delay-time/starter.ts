function networkDelayTime(times: number[][], n: number, source: number): number {
  // your code here
  return 0;
}
