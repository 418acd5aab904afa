# Builds every non-empty subset but forgets the empty one.
def subsets(nums):
    result = [[]]
    for x in nums:
        result += [subset + [x] for subset in result]
    return result[1:]
