# Checks only the low 31 bits, as if the number were signed: the top bit of 2147483648 is missed.
def hamming_weight(n):
    return sum((n >> i) & 1 for i in range(31))
