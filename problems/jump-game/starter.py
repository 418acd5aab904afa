def can_reach_end(nums: list[int]) -> bool:
    """Return whether the last square can be reached from square 0."""
    # your code here
    return False
