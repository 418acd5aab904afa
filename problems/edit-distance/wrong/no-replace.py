# Forgets the replace operation: only inserts and deletes, so "cat" → "cut" costs 2, not 1.
def min_edits(source, target):
    m, n = len(source), len(target)
    prev = list(range(n + 1))
    for i in range(1, m + 1):
        curr = [i] + [0] * n
        for j in range(1, n + 1):
            if source[i - 1] == target[j - 1]:
                curr[j] = prev[j - 1]
            else:
                curr[j] = 1 + min(prev[j], curr[j - 1])
        prev = curr
    return prev[n]
