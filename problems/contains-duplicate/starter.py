def contains_duplicate(nums: list[int]) -> bool:
    """Return true if some value appears at least twice."""
    # your code here
    return False
