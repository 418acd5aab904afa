def character_replacement(s, k):
    count = [0] * 26  # letters in the window s[left..right]
    best = 0  # largest count of one letter in any window so far
    left = 0
    for right, ch in enumerate(s):
        c = ord(ch) - 65
        count[c] += 1
        best = max(best, count[c])
        if right - left + 1 - best > k:  # slide instead of growing
            count[ord(s[left]) - 65] -= 1
            left += 1
    return len(s) - left
