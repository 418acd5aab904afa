def subsets(nums: list[int]) -> list[list[int]]:
    """Return every subset exactly once, in any order."""
    # your code here
    return []
