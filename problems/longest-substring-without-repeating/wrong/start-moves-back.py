# Moves the window start to the previous occurrence even when it lies before the window,
# so the start can jump backwards and count a repeated character twice ("abba" → 3).
def length_of_longest_substring(s):
    last = {}
    best = start = 0
    for i, ch in enumerate(s):
        if ch in last:
            start = last[ch] + 1
        last[ch] = i
        best = max(best, i - start + 1)
    return best
