def three_sum(nums: list[int]) -> list[list[int]]:
    """Return every distinct triplet of values (from different positions) summing to 0."""
    # your code here
    return []
