def length_of_longest_substring(s: str) -> int:
    """Return the length of the longest run of consecutive characters with no repeats."""
    # your code here
    return 0
