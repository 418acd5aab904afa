def is_interleave(s1, s2, s3):
    m, n = len(s1), len(s2)
    if m + n != len(s3):
        return False
    # ok[j]: can s1[:i] and s2[:j] interleave into s3[:i + j]
    ok = [True] + [False] * n
    for j in range(1, n + 1):
        ok[j] = ok[j - 1] and s2[j - 1] == s3[j - 1]
    for i in range(1, m + 1):
        a = s1[i - 1]
        ok[0] = ok[0] and a == s3[i - 1]
        for j in range(1, n + 1):
            c = s3[i + j - 1]
            ok[j] = (ok[j] and a == c) or (ok[j - 1] and s2[j - 1] == c)
    return ok[n]
