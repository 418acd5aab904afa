def min_edits(source: str, target: str) -> int:
    """Return the fewest single-character inserts, deletes and replaces turning source into target."""
    # your code here
    return 0
