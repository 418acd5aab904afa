def maximal_rectangle(matrix: list[list[int]]) -> int:
    """Return the area of the largest rectangle containing only 1s."""
    # your code here
    return -1
