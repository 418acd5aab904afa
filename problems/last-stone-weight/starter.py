def last_stone_weight(stones: list[int]) -> int:
    """Return weight of the last stone, or 0 if none is left."""
    # your code here
    return 0
