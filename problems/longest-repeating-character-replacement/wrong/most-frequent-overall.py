# Takes the most frequent letter of the whole string and adds k, as if its copies were
# adjacent: "AXYZAXYZA" with k = 1 gives 4, but one repaint only ever makes a stretch of 2.
from collections import Counter


def character_replacement(s, k):
    return min(len(s), max(Counter(s).values()) + k)
