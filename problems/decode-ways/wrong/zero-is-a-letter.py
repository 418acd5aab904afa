# Reads a lone "0" as a letter: "10" gives 2 instead of 1 and "0" gives 1 instead of 0.
def num_decodings(s):
    next1, next2 = 1, 0
    for i in range(len(s) - 1, -1, -1):
        here = next1
        if s[i] != '0' and i + 1 < len(s) and int(s[i:i + 2]) <= 26:
            here = (here + next2) % 1_000_000_007
        next1, next2 = here, next1
    return next1
