# Greedy: takes as many of the largest coin as fit, then the next. Fails for coins
# [1, 4, 5] and amount 8 (5 + 1 + 1 + 1 instead of 4 + 4).
def fewest_coins(coins, amount):
    count = 0
    for c in sorted(coins, reverse=True):
        count += amount // c
        amount %= c
    return count if amount == 0 else -1
