def is_match(s, p):
    n = len(p)
    row = [True] + [False] * n  # row[j]: p[:j] matches the first i characters of s
    for j in range(1, n + 1):
        row[j] = row[j - 1] and p[j - 1] == '*'
    for ch in s:
        nxt = [False] * (n + 1)
        for j in range(1, n + 1):
            c = p[j - 1]
            if c == '*':
                nxt[j] = nxt[j - 1] or row[j]
            else:
                nxt[j] = row[j - 1] and (c == '?' or c == ch)
        row = nxt
    return row[n]
