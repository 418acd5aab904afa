function findSingle(nums) {
  let acc = 0;
  for (const x of nums) acc ^= x; // pairs cancel (x ^ x = 0), in any order
  return acc;
}
