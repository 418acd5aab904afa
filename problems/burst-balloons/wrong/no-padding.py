# Forgets the walls of value 1: end balloons are scored with a neighbour of 0, so [7] gives 0.
def max_coins(nums):
    v = [0] + nums + [0]
    n = len(v)
    best = [[0] * n for _ in range(n)]
    for width in range(2, n):
        for l in range(n - width):
            r = l + width
            best[l][r] = max(best[l][k] + best[k][r] + v[l] * v[k] * v[r] for k in range(l + 1, r))
    return best[0][n - 1]
