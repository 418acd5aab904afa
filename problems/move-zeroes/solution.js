function moveZeroes(nums) {
  // nums[0 .. write) holds the non-zero values seen so far, in order; zeroes sit between write and read
  let write = 0;
  for (let read = 0; read < nums.length; read += 1) {
    if (nums[read] !== 0) {
      const value = nums[read];
      nums[read] = nums[write];
      nums[write] = value;
      write += 1;
    }
  }
  return nums;
}
