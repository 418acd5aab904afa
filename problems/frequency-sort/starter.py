def frequency_sort(nums: list[int]) -> list[int]:
    """Return a new array: higher frequency first, then smaller value first."""
    # your code here
    return list(nums)
