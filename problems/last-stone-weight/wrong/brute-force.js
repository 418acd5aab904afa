// Correct, but sorts the whole array again in every round: O(n log n) per round and
// O(n² log n) overall, far too slow for 50,000 stones.
function lastStoneWeight(stones) {
  const pile = stones.slice();
  while (pile.length > 1) {
    pile.sort((a, b) => b - a);
    const y = pile.shift();
    const x = pile.shift();
    if (y > x) pile.push(y - x);
  }
  return pile.length === 1 ? pile[0] : 0;
}
