def solve_n_queens(n):
    boards, cols = [], []
    used_cols, diag, anti = set(), set(), set()

    def place(row):
        if row == n:
            boards.append(['.' * c + 'Q' + '.' * (n - c - 1) for c in cols])
            return
        for c in range(n):
            if c in used_cols or row - c in diag or row + c in anti:
                continue
            cols.append(c)
            used_cols.add(c), diag.add(row - c), anti.add(row + c)
            place(row + 1)
            cols.pop()
            used_cols.discard(c), diag.discard(row - c), anti.discard(row + c)

    place(0)
    return boards
