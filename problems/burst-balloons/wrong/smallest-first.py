# Greedy: always bursts the smallest balloon (ties: leftmost): [3, 1, 5, 8] gives 78 instead
# of 167.
def max_coins(nums):
    row, coins = list(nums), 0
    while row:
        i = row.index(min(row))
        left = row[i - 1] if i > 0 else 1
        right = row[i + 1] if i + 1 < len(row) else 1
        coins += left * row[i] * right
        row.pop(i)
    return coins
