function minMeetingRooms(meetings: number[][]): number {
  // your code here
  return -1;
}
