def max_coins(nums):
    v = [1] + nums + [1]  # walls of value 1 that are never burst
    n = len(v)
    # best[l][r]: most coins from bursting every balloon strictly between walls l and r
    best = [[0] * n for _ in range(n)]
    for width in range(2, n):
        for l in range(n - width):
            r = l + width
            row_l, vl_vr = best[l], v[l] * v[r]
            best[l][r] = max(row_l[k] + best[k][r] + vl_vr * v[k] for k in range(l + 1, r))
    return best[0][n - 1]
