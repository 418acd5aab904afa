// Sorts and returns the first index whose value differs, but never considers n itself: [0, 1]
// gives -1 instead of 2.
function missingNumber(nums) {
  const sorted = [...nums].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; i += 1) if (sorted[i] !== i) return i;
  return -1;
}
