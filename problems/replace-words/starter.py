def replace_words(roots: list[str], sentence: str) -> str:
    """Return the sentence with every word replaced by its shortest root, if any."""
    # your code here
    return ''
