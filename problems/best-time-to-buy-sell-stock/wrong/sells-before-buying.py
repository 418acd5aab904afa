# Takes the highest price minus the lowest price anywhere, even when the high comes first.
def max_profit(prices):
    if not prices:
        return 0
    return max(prices) - min(prices)
