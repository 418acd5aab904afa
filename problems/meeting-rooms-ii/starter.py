def min_meeting_rooms(meetings: list[list[int]]) -> int:
    """Return the fewest rooms that hold every meeting."""
    # your code here
    return -1
