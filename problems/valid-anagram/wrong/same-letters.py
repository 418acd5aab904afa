# Compares which letters appear, not how often: "aab" and "abb" are reported as anagrams.
def is_anagram(s, t):
    return set(s) == set(t)
