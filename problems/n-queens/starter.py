def solve_n_queens(n: int) -> list[list[str]]:
    """Return every valid board, each as n strings of "." and "Q"."""
    # your code here
    return []
