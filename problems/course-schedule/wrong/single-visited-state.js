// Uses one "visited" flag for both "on the current path" and "already finished": reaching a
// finished course again through another route (a diamond) is mistaken for a cycle.
function canFinish(numCourses, prerequisites) {
  const needs = Array.from({ length: numCourses }, () => []);
  for (const [a, b] of prerequisites) needs[a].push(b);
  const visited = new Array(numCourses).fill(false);
  const hasCycle = (c) => {
    if (visited[c]) return true;
    visited[c] = true;
    for (const b of needs[c]) if (hasCycle(b)) return true;
    return false;
  };
  for (let c = 0; c < numCourses; c += 1) if (!visited[c] && hasCycle(c)) return false;
  return true;
}
