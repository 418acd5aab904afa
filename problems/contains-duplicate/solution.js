function containsDuplicate(nums) {
  const seen = new Set();
  for (const value of nums) {
    if (seen.has(value)) return true; // an earlier position holds the same value
    seen.add(value);
  }
  return false;
}
