def is_anagram(s, t):
    # one counter per letter: s adds, t takes away; anagrams leave every counter at 0
    counts = [0] * 26
    for ch in s:
        counts[ord(ch) - 97] += 1
    for ch in t:
        counts[ord(ch) - 97] -= 1
    return all(count == 0 for count in counts)
