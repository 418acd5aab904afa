# Returns the pile tails themselves: the right length, but a late small value replaces an
# early tail, so [3, 8, 2, 9, 1] gives [1, 8, 9], which is not a subsequence.
from bisect import bisect_left


def longest_increasing_subsequence(nums):
    tails = []
    for x in nums:
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return tails
