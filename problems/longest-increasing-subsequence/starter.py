def longest_increasing_subsequence(nums: list[int]) -> list[int]:
    """Return the values of one longest strictly increasing subsequence, in order."""
    # your code here
    return []
