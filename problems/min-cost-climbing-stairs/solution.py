def min_cost_climbing_stairs(cost):
    prev2 = prev1 = 0  # cheapest cost to stand on positions i - 2 and i - 1 (both starts free)
    for i in range(2, len(cost) + 1):
        prev2, prev1 = prev1, min(prev1 + cost[i - 1], prev2 + cost[i - 2])
    return prev1
