def hamming_weight(n: int) -> int:
    """Return how many of its bits are 1."""
    # your code here
    return 0
