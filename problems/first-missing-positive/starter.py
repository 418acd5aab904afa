def first_missing_positive(nums: list[int]) -> int:
    """Return the smallest positive integer that is not in nums."""
    # your code here
    return -1
