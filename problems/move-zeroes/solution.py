def move_zeroes(nums):
    # nums[:write] holds the non-zero values seen so far, in order; zeroes sit between write and read
    write = 0
    for read in range(len(nums)):
        if nums[read] != 0:
            nums[write], nums[read] = nums[read], nums[write]
            write += 1
    return nums
