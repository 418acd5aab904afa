def max_subarray_sum(nums):
    best = current = nums[0]
    for x in nums[1:]:
        current = max(x, current + x)  # extend the block or start afresh at x
        best = max(best, current)
    return best
