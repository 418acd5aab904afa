def num_islands(grid: list[list[str]]) -> int:
    """Return how many islands (4-directionally connected groups of land) there are."""
    # your code here
    return 0
