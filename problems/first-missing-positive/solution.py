def first_missing_positive(nums):
    # the answer is in 1 … n + 1: use the array as its own table, value v at index v - 1
    n = len(nums)
    for i in range(n):
        value = nums[i]
        # stop on values out of range and on duplicates whose home already holds them
        while 1 <= value <= n and nums[value - 1] != value:
            nums[i] = nums[value - 1]
            nums[value - 1] = value
            value = nums[i]
    for i in range(n):
        if nums[i] != i + 1:
            return i + 1
    return n + 1
