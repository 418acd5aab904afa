from collections import Counter


def frequency_sort(nums):
    count = Counter(nums)
    order = sorted(count, key=lambda v: (-count[v], v))  # more frequent first, then smaller
    return [v for v in order for _ in range(count[v])]
