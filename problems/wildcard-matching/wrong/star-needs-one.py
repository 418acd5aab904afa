# Lets * match one or more characters (never none): "ab" against "ab*" gives False.
def is_match(s, p):
    n = len(p)
    row = [True] + [False] * n
    for ch in s:
        nxt = [False] * (n + 1)
        for j in range(1, n + 1):
            c = p[j - 1]
            if c == '*':
                nxt[j] = row[j - 1] or row[j]
            else:
                nxt[j] = row[j - 1] and (c == '?' or c == ch)
        row = nxt
    return row[n]
