def count_ways(n: int) -> int:
    """Return the number of ordered ways to climb them using moves of 1 or 2 steps."""
    # your code here
    return 0
