def swim_in_water(grid: list[list[int]]) -> int:
    """Return the earliest time the bottom-right tile can be reached from the top-left one."""
    # your code here
    return -1
