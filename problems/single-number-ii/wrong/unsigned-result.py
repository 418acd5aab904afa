# Counts the 32 bits modulo 3 but never converts back to a signed value: -4 gives 4294967292.
def single_number(nums):
    result = 0
    for bit in range(32):
        count = sum((x >> bit) & 1 for x in nums)
        if count % 3 == 1:
            result |= 1 << bit
    return result
