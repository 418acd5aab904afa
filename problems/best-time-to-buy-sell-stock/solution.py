def max_profit(prices):
    best = 0
    lowest = float('inf')  # cheapest price seen so far
    for price in prices:
        lowest = min(lowest, price)
        best = max(best, price - lowest)
    return best
