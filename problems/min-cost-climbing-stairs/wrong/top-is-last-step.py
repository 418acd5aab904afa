# Treats the last step as the top: [10, 15, 20] gives 10 instead of 15.
def min_cost_climbing_stairs(cost):
    prev2 = prev1 = 0
    for i in range(2, len(cost)):
        prev2, prev1 = prev1, min(prev1 + cost[i - 1], prev2 + cost[i - 2])
    return prev1
