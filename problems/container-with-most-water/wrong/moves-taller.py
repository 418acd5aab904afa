# Moves the pointer at the taller wall, keeping the shorter one that limits the level:
# [1, 8, 6, 2, 5, 4, 8, 3, 7] gives 8 instead of 49.
def max_area(height):
    left, right = 0, len(height) - 1
    best = 0
    while left < right:
        best = max(best, min(height[left], height[right]) * (right - left))
        if height[left] > height[right]:
            left += 1
        else:
            right -= 1
    return best
