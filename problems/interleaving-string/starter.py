def is_interleave(s1: str, s2: str, s3: str) -> bool:
    """Return whether s3 interleaves all of s1 and s2, each in its own order."""
    # your code here
    return None
