def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    """Return the fewest intervals to remove so that none of the rest overlap."""
    # your code here
    return -1
