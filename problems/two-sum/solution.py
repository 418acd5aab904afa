def two_sum(nums, target):
    seen = {}  # value -> index of an earlier element
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
    return []
