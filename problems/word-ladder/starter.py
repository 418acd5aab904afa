def ladder_length(begin_word: str, end_word: str, word_list: list[str]) -> int:
    """Return number of words in the shortest ladder, or 0 if there is none."""
    # your code here
    return 0
