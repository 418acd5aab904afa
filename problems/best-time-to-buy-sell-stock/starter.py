def max_profit(prices: list[int]) -> int:
    """Return the best profit from one buy followed by one later sell, or 0."""
    # your code here
    return 0
