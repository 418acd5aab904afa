def find_single(nums):
    result = 0
    for x in nums:
        result ^= x  # pairs cancel out
    return result
