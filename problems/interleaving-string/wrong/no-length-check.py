# Skips the length check: extra letters at the end of s3 are accepted ("ab", "c", "acbx" is True).
def is_interleave(s1, s2, s3):
    n = len(s2)
    ok = [True] + [False] * n
    for j in range(1, n + 1):
        ok[j] = ok[j - 1] and s2[j - 1] == s3[j - 1]
    for i in range(1, len(s1) + 1):
        ok[0] = ok[0] and s1[i - 1] == s3[i - 1]
        for j in range(1, n + 1):
            c = s3[i + j - 1]
            ok[j] = (ok[j] and s1[i - 1] == c) or (ok[j - 1] and s2[j - 1] == c)
    return ok[n]
