def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    """Return the words that can be traced on the board, in any order."""
    # your code here
    return []
