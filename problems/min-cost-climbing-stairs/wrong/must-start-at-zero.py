# Only starts on step 0: [10, 15, 20] gives 25 (10 then 15) instead of 15.
def min_cost_climbing_stairs(cost):
    reach = [0] + [float('inf')] * len(cost)
    for i in range(1, len(cost) + 1):
        reach[i] = reach[i - 1] + cost[i - 1]
        if i >= 2:
            reach[i] = min(reach[i], reach[i - 2] + cost[i - 2])
    return reach[-1]
