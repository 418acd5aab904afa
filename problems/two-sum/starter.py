def two_sum(nums: list[int], target: int) -> list[int]:
    """Return two different indices whose values sum to target."""
    # your code here
    return []
