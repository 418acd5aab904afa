type Instruction = string | [string, ...Instruction[]];

function eventLoopOrder(program: Instruction[]): string[] {
  // your code here
  return [];
}
