# Compares each value only with its neighbour: duplicates that are apart are missed.
def contains_duplicate(nums):
    return any(nums[i] == nums[i + 1] for i in range(len(nums) - 1))
