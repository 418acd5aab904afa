# Only checks that every distinct character of t is present, not how many times: "aa" needs two a's.
def min_window(s, t):
    need = set(t)
    best = ''
    for i in range(len(s)):
        seen = set()
        for j in range(i, len(s)):
            if s[j] in need:
                seen.add(s[j])
            if seen == need:
                if not best or j - i + 1 < len(best):
                    best = s[i:j + 1]
                break
    return best
