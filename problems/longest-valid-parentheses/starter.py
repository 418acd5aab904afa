def longest_valid_parentheses(s: str) -> int:
    """Return the length of the longest valid bracket substring of s."""
    # your code here
    return -1
