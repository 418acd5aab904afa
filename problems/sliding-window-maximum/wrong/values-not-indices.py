# Keeps values instead of indices and pops equal values from the back, so a repeated maximum
# is dropped too early: [5, 5, 1], k = 2 gives [5, 1] instead of [5, 5].
from collections import deque


def max_sliding_window(nums, k):
    dq, out = deque(), []
    for i, x in enumerate(nums):
        while dq and dq[-1] <= x:
            dq.pop()
        dq.append(x)
        if i >= k and dq[0] == nums[i - k]:
            dq.popleft()
        if i >= k - 1:
            out.append(dq[0])
    return out
