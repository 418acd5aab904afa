// Breaks ties by calling sort() without a comparator first, which orders numbers as strings
// ("10" < "9", "-1" < "-5"), then stable-sorts by frequency: ties keep that text order.
function frequencySort(nums) {
  const count = new Map();
  for (const x of nums) count.set(x, (count.get(x) ?? 0) + 1);
  return [...nums].sort().sort((a, b) => count.get(b) - count.get(a));
}
