def fewest_coins(coins, amount):
    best = [0] + [float('inf')] * amount  # best[x]: fewest coins summing to x
    for x in range(1, amount + 1):
        for c in coins:
            if c <= x and best[x - c] + 1 < best[x]:
                best[x] = best[x - c] + 1
    return -1 if best[amount] == float('inf') else best[amount]
