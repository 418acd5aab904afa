def max_sliding_window(nums: list[int], k: int) -> list[int]:
    """Return the maximum of every window of k consecutive values, left to right."""
    # your code here
    return []
