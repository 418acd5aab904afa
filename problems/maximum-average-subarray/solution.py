def find_max_average(nums, k):
    total = sum(nums[:k])
    best = total  # the first window, not 0: every value may be negative
    for i in range(k, len(nums)):
        total += nums[i] - nums[i - k]  # slide: one value enters, one leaves
        best = max(best, total)
    return best / k
