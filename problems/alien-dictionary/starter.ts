function alienOrder(words: string[]): string {
  // your code here
  return null as unknown as string;
}
