# Counts letters the two strings share, ignoring their order: "ab" and "ba" give 2, not 1.
from collections import Counter


def lcs_length(first, second):
    return sum((Counter(first) & Counter(second)).values())
