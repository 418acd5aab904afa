def alien_order(words: list[str]) -> str:
    """Return every letter of words once, in an order that keeps words sorted, or ""."""
    # your code here
    return None
