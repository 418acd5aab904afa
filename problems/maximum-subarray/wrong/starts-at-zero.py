# Starts the best sum at 0, so an array of only negative numbers gives 0 instead of its largest value.
def max_subarray_sum(nums):
    best = current = 0
    for x in nums:
        current = max(0, current + x)
        best = max(best, current)
    return best
