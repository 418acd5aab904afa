def is_palindrome(s: str) -> bool:
    """Return true if s reads the same both ways, counting only letters and digits, ignoring case."""
    # your code here
    return False
