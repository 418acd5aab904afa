# Sorts, then expects 1, 2, 3, … in order but does not skip repeated values:
# [1, 1, 2] sees the second 1 where it expects 2 and returns 2 instead of 3.
def first_missing_positive(nums):
    expected = 1
    for value in sorted(nums):
        if value <= 0:
            continue
        if value != expected:
            return expected
        expected += 1
    return expected
