// Greedy: always bursts the smallest balloon (ties: leftmost): [3, 1, 5, 8] gives 78 instead of 167.
function maxCoins(nums) {
  const row = nums.slice();
  let coins = 0;
  while (row.length > 0) {
    let i = 0;
    for (let j = 1; j < row.length; j += 1) if (row[j] < row[i]) i = j;
    coins += (i > 0 ? row[i - 1] : 1) * row[i] * (i + 1 < row.length ? row[i + 1] : 1);
    row.splice(i, 1);
  }
  return coins;
}
