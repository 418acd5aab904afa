def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    """Return whether every course can be completed."""
    # your code here
    return False
