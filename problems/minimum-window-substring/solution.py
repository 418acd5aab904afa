from collections import Counter


def min_window(s, t):
    need = Counter(t)
    missing = len(need)  # distinct characters of t not yet fully covered
    have = Counter()
    best_start, best_len = 0, float('inf')
    left = 0
    for right, ch in enumerate(s):
        if ch in need:
            have[ch] += 1
            if have[ch] == need[ch]:
                missing -= 1
        while missing == 0:
            if right - left + 1 < best_len:
                best_start, best_len = left, right - left + 1
            out = s[left]
            if out in need:
                have[out] -= 1
                if have[out] < need[out]:
                    missing += 1
            left += 1
    return '' if best_len == float('inf') else s[best_start:best_start + best_len]
