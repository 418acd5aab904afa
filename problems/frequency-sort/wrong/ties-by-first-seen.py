# Breaks frequency ties by first appearance instead of by the smaller value.
from collections import Counter


def frequency_sort(nums):
    count = Counter(nums)
    return [v for v, k in count.most_common() for _ in range(k)]
