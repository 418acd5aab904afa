def three_sum(nums):
    nums = sorted(nums)
    n = len(nums)
    triplets = []
    for i in range(n - 2):
        a = nums[i]
        if a > 0:
            break  # three positive values cannot sum to 0
        if i > 0 and a == nums[i - 1]:
            continue  # the same first value gives the same triplets
        if a + nums[-2] + nums[-1] < 0:
            continue  # even the two largest values are too small
        lo, hi = i + 1, n - 1
        while lo < hi:
            total = a + nums[lo] + nums[hi]
            if total < 0:
                lo += 1
            elif total > 0:
                hi -= 1
            else:
                triplets.append([a, nums[lo], nums[hi]])
                lo += 1
                while lo < hi and nums[lo] == nums[lo - 1]:
                    lo += 1
                hi -= 1
    return triplets
