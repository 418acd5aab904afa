def trap(height: list[int]) -> int:
    """Return total units of water held between the bars."""
    # your code here
    return 0
