from bisect import bisect_left


def longest_increasing_subsequence(nums):
    tail_vals = []  # tail_vals[k]: smallest value ending an increasing run of length k + 1
    tail_idx = []  # the index of that value in nums
    prev = [-1] * len(nums)
    for i, x in enumerate(nums):
        k = bisect_left(tail_vals, x)  # first tail >= x: x replaces it (strictly increasing)
        prev[i] = tail_idx[k - 1] if k > 0 else -1
        if k == len(tail_vals):
            tail_vals.append(x)
            tail_idx.append(i)
        else:
            tail_vals[k] = x
            tail_idx[k] = i
    out = []
    i = tail_idx[-1] if tail_idx else -1
    while i != -1:
        out.append(nums[i])
        i = prev[i]
    return out[::-1]
