# XOR of everything, the trick for pairs: three equal values leave one copy, so the result
# mixes every value's bits. [5, 9, 5, 5] gives 12.
def single_number(nums):
    x = 0
    for v in nums:
        x ^= v
    return x
