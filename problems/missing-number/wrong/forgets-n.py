# Sorts and returns the first index whose value differs, but never considers n itself: [0, 1]
# gives -1 instead of 2.
def missing_number(nums):
    ordered = sorted(nums)
    for i, value in enumerate(ordered):
        if value != i:
            return i
    return -1
