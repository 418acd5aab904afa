# bisect_right instead of bisect_left: equal values extend a run, so [7, 7, 7] gives [7, 7, 7].
from bisect import bisect_right


def longest_increasing_subsequence(nums):
    tail_vals, tail_idx, prev = [], [], [-1] * len(nums)
    for i, x in enumerate(nums):
        k = bisect_right(tail_vals, x)
        prev[i] = tail_idx[k - 1] if k > 0 else -1
        if k == len(tail_vals):
            tail_vals.append(x)
            tail_idx.append(i)
        else:
            tail_vals[k] = x
            tail_idx[k] = i
    out, i = [], (tail_idx[-1] if tail_idx else -1)
    while i != -1:
        out.append(nums[i])
        i = prev[i]
    return out[::-1]
