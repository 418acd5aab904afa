def max_area(height: list[int]) -> int:
    """Return the most water two of the walls can hold."""
    # your code here
    return -1
