// Sorts with the default comparison, which orders numbers as strings: [10, 9, …] puts 10 before 2,
// so the first gap is found in the wrong place.
function missingNumber(nums) {
  const sorted = [...nums].sort();
  for (let i = 0; i < sorted.length; i += 1) if (sorted[i] !== i) return i;
  return sorted.length;
}
