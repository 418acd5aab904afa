# Checks only that t has at least as many of each letter as s: "ab" and "abc" are reported as
# anagrams although t has a letter left over.
def is_anagram(s, t):
    counts = [0] * 26
    for ch in t:
        counts[ord(ch) - 97] += 1
    for ch in s:
        counts[ord(ch) - 97] -= 1
        if counts[ord(ch) - 97] < 0:
            return False
    return True
