# Greedy without backtracking: a * skips only to the first place where the next pattern
# character appears. For "abcbd" and "*bd" it stops at the first b, then fails on c.
def is_match(s, p):
    i = j = 0
    while j < len(p):
        if p[j] == '*':
            while j < len(p) and p[j] == '*':
                j += 1
            if j == len(p):
                return True
            while i < len(s) and p[j] != '?' and s[i] != p[j]:
                i += 1
        else:
            if i >= len(s) or (p[j] != '?' and p[j] != s[i]):
                return False
            i += 1
            j += 1
    return i == len(s)
