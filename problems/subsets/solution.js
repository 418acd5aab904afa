function subsets(nums) {
  const result = [];
  const path = [];
  const dfs = (start) => {
    result.push(path.slice()); // a copy: path keeps changing
    for (let i = start; i < nums.length; i += 1) {
      path.push(nums[i]);
      dfs(i + 1); // only later values, so no subset appears twice
      path.pop();
    }
  };
  dfs(0);
  return result;
}
