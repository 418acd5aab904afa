def missing_number(nums: list[int]) -> int:
    """Return the number from 0 to len(nums) that nums does not hold."""
    # your code here
    return -1
