/**
 * n meetings that never overlap (random gaps, some back to back), shuffled: the answer is true, so
 * the sort and the full scan always run.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const meetings = [];
  let time = 0;
  for (let k = 0; k < n; k += 1) {
    time += Math.floor(random() * 3); // a gap of 0 makes the meeting back to back with the previous one
    const length = 1 + Math.floor(random() * 5);
    meetings.push([time, time + length]);
    time += length;
  }
  for (let k = meetings.length - 1; k > 0; k -= 1) {
    const j = Math.floor(random() * (k + 1));
    [meetings[k], meetings[j]] = [meetings[j], meetings[k]];
  }
  return [meetings];
}
