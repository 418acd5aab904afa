function canFinish(numCourses: number, prerequisites: number[][]): boolean {
  // your code here
  return false;
}
