// Only looks for two courses that require each other (and self-requirements); longer cycles
// such as 0 → 1 → 2 → 0 go unnoticed.
function canFinish(numCourses, prerequisites) {
  const pairs = new Set(prerequisites.map(([a, b]) => `${a},${b}`));
  for (const [a, b] of prerequisites) {
    if (a === b || pairs.has(`${b},${a}`)) return false;
  }
  return true;
}
