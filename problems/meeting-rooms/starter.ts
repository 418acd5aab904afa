function canAttendAll(meetings: number[][]): boolean {
  // your code here
  return false;
}
