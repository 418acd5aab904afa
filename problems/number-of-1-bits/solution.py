def hamming_weight(n):
    count = 0
    while n:
        n &= n - 1  # clears the lowest 1 bit
        count += 1
    return count
