def find_single(nums: list[int]) -> int:
    """Return the value that appears once."""
    # your code here
    return 0
