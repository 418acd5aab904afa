/**
 * V = max(1, n) courses spread over at most 1,000 layers of at least 3, and up to 2 distinct
 * pairs per course, each pointing to a course in the layer just below: the graph is acyclic (so
 * the whole graph must be processed) and no chain is longer than 1,000 courses. Course numbers
 * are shuffled.
 * @param {number} n number of courses
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const courses = Math.max(1, n);
  const layers = Math.min(1000, Math.ceil(courses / 3)); // at least 3 courses per layer
  const label = Array.from({ length: courses }, (_, i) => i);
  for (let i = courses - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [label[i], label[j]] = [label[j], label[i]];
  }
  // Layer k holds the ranks [start[k], start[k + 1]).
  const start = Array.from({ length: layers + 1 }, (_, k) => Math.floor((k * courses) / layers));
  const pairs = [];
  for (let k = 1; k < layers; k += 1) {
    const below = start[k] - start[k - 1];
    for (let rank = start[k]; rank < start[k + 1]; rank += 1) {
      const picks = new Set();
      const want = Math.min(2, below);
      while (picks.size < want) picks.add(start[k - 1] + Math.floor(random() * below));
      for (const p of picks) pairs.push([label[rank], label[p]]);
    }
  }
  return [courses, pairs];
}
