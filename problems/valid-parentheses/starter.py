def is_valid(s: str) -> bool:
    """Return whether every bracket is closed by the right type in the right order."""
    # your code here
    return False
