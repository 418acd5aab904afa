# Starts the best sum at 0: all-negative input answers 0 ([-3, -1, -7, -2], k = 2 gives 0).
def find_max_average(nums, k):
    total, best = sum(nums[:k]), 0
    best = max(best, total)
    for i in range(k, len(nums)):
        total += nums[i] - nums[i - k]
        best = max(best, total)
    return best / k
