def majority_element(nums):
    # Boyer–Moore voting: every other value cancels one copy of the candidate
    candidate, count = nums[0], 0
    for x in nums:
        if count == 0:
            candidate = x
        count += 1 if x == candidate else -1
    return candidate
