def is_anagram(s: str, t: str) -> bool:
    """Return True when t uses exactly the letters of s, each as often."""
    # your code here
    return None
