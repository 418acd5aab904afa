def is_match(s: str, p: str) -> bool:
    """Return whether the pattern p matches the whole of s."""
    # your code here
    return None
