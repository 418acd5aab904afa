# Swaps each zero with the last non-moved element: the zeroes end up at the back, but the order of
# the other values changes ([0, 1, 2] gives [2, 1, 0]).
def move_zeroes(nums):
    end = len(nums) - 1
    i = 0
    while i <= end:
        if nums[i] == 0:
            nums[i], nums[end] = nums[end], nums[i]
            end -= 1
        else:
            i += 1
    return nums
