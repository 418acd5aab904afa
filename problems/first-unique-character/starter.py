def first_uniq_char(s: str) -> int:
    """Return the index of the first character that occurs once in s, or -1."""
    # your code here
    return -2
