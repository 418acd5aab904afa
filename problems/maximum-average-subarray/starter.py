def find_max_average(nums: list[int], k: int) -> float:
    """Return the highest average of k consecutive values."""
    # your code here
    return None
