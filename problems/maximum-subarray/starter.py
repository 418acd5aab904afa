def max_subarray_sum(nums: list[int]) -> int:
    """Return the largest sum of a contiguous, non-empty block."""
    # your code here
    return 0
