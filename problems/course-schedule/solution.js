function canFinish(numCourses, prerequisites) {
  const unlocks = Array.from({ length: numCourses }, () => []); // b -> courses that need b
  const missing = new Array(numCourses).fill(0); // in-degree: unmet prerequisites per course
  for (const [a, b] of prerequisites) {
    unlocks[b].push(a);
    missing[a] += 1;
  }
  const queue = [];
  for (let c = 0; c < numCourses; c += 1) if (missing[c] === 0) queue.push(c);
  // Kahn's algorithm: the queue only ever holds courses whose prerequisites are all done.
  for (let head = 0; head < queue.length; head += 1) {
    for (const next of unlocks[queue[head]]) {
      missing[next] -= 1;
      if (missing[next] === 0) queue.push(next);
    }
  }
  return queue.length === numCourses; // courses on a cycle never enter the queue
}
