def fewest_coins(coins: list[int], amount: int) -> int:
    """Return the fewest coins that add up to amount, or -1 if impossible."""
    # your code here
    return -1
