def largest_rectangle_area(heights: list[int]) -> int:
    """Return the area of the largest rectangle inside the histogram."""
    # your code here
    return 0
