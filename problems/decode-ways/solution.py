def num_decodings(s):
    MOD = 1_000_000_007
    next1, next2 = 1, 0  # ways to read s[i + 1:] and s[i + 2:]
    for i in range(len(s) - 1, -1, -1):
        here = 0
        if s[i] != '0':
            here = next1
            if i + 1 < len(s) and int(s[i:i + 2]) <= 26:
                here = (here + next2) % MOD
        next1, next2 = here, next1
    return next1
