# Returns the first value seen twice: [3, 1, 3, 2, 2, 2, 2] gives 3 instead of 2.
def majority_element(nums):
    seen = set()
    for x in nums:
        if x in seen:
            return x
        seen.add(x)
    return nums[0]
