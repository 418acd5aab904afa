# Walks the letters in alphabet order instead of string order: "zaab" returns 3 (b) instead of
# 0 (z).
from collections import Counter


def first_uniq_char(s):
    count = Counter(s)
    for ch in sorted(count):
        if count[ch] == 1:
            return s.index(ch)
    return -1
