def single_number(nums):
    # per bit, the number of values with that bit set, modulo 3: ones = count 1, twos = count 2
    ones = twos = 0
    for x in nums:
        ones = (ones ^ x) & ~twos
        twos = (twos ^ x) & ~ones
    return ones
