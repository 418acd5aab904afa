def majority_element(nums: list[int]) -> int:
    """Return the value that appears more than len(nums) / 2 times."""
    # your code here
    return None
