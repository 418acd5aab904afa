def max_coins(nums: list[int]) -> int:
    """Return the most coins that bursting all the balloons can earn."""
    # your code here
    return -1
