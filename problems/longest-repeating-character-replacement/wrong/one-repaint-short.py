# Slides as soon as the repaints reach k (>= instead of >): "ABAB" with k = 2 gives 3.
def character_replacement(s, k):
    count, best, left = [0] * 26, 0, 0
    for right, ch in enumerate(s):
        c = ord(ch) - 65
        count[c] += 1
        best = max(best, count[c])
        if right - left + 1 - best >= k and right - left + 1 - best > 0:
            count[ord(s[left]) - 65] -= 1
            left += 1
    return len(s) - left
