def subsets(nums):
    result = [[]]
    for x in nums:
        result += [subset + [x] for subset in result]  # every subset, with and without x
    return result
