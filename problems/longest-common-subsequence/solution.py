def lcs_length(first, second):
    # prev[j]: LCS length of the letters of first seen so far and second[:j]
    prev = [0] * (len(second) + 1)
    for a in first:
        curr = [0]
        best = 0
        for j, b in enumerate(second):
            if a == b:
                best = prev[j] + 1
            elif prev[j + 1] > best:
                best = prev[j + 1]
            curr.append(best)
        prev = curr
    return prev[-1]
