def character_replacement(s: str, k: int) -> int:
    """Return the longest stretch that can be made one repeated letter with at most k repaints."""
    # your code here
    return 0
