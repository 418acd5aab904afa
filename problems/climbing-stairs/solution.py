def count_ways(n):
    if n <= 2:
        return n
    two_below, one_below = 1, 2  # ways to reach steps i - 2 and i - 1
    for _ in range(3, n + 1):
        two_below, one_below = one_below, two_below + one_below
    return one_below
