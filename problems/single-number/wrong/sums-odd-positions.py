# Assumes the single value sits at an even index after sorting, without checking its neighbour.
def find_single(nums):
    ordered = sorted(nums)
    return ordered[0] if len(ordered) == 1 or ordered[0] != ordered[1] else ordered[-1]
