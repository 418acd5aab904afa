def move_zeroes(nums: list[int]) -> list[int]:
    """Move every 0 to the end in place, keeping the order of the rest, and return nums."""
    # your code here
    return []
