def num_decodings(s: str) -> int:
    """Return the number of ways to read s as letters, modulo 1,000,000,007."""
    # your code here
    return -1
