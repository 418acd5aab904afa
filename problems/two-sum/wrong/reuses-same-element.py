# Fills the dict first, then looks up partners without checking the index:
# for [3, 2, 4] and target 6 it pairs the 3 with itself and returns [0, 0].
def two_sum(nums, target):
    index = {x: i for i, x in enumerate(nums)}
    for i, x in enumerate(nums):
        if target - x in index:
            return [i, index[target - x]]
    return []
