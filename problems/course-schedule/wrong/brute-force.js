// Correct, but the DFS only remembers the courses on the current path, never the ones already
// proven safe: a layered prerequisite graph is re-explored along every path, exponential time.
function canFinish(numCourses, prerequisites) {
  const needs = Array.from({ length: numCourses }, () => []);
  for (const [a, b] of prerequisites) needs[a].push(b);
  const onPath = new Array(numCourses).fill(false);
  const hasCycle = (c) => {
    if (onPath[c]) return true;
    onPath[c] = true;
    for (const b of needs[c]) if (hasCycle(b)) return true;
    onPath[c] = false;
    return false;
  };
  for (let c = 0; c < numCourses; c += 1) if (hasCycle(c)) return false;
  return true;
}
