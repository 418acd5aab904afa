def group_anagrams(strs: list[str]) -> list[list[str]]:
    """Return the words grouped so that each group holds anagrams of each other."""
    # your code here
    return []
