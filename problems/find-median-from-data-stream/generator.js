/**
 * n calls after the constructor, alternating addNum (random values in [-10^5, 10^5]) and findMedian,
 * starting with an add so that findMedian always has data.
 * @param {number} n number of method calls
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const calls = [['MedianFinder']];
  for (let i = 0; i < n; i += 1) {
    calls.push(i % 2 === 0 ? ['addNum', Math.floor(random() * 200001) - 100000] : ['findMedian']);
  }
  return calls;
}
