def missing_number(nums):
    # every present number cancels against its equal index under XOR; the absent one remains
    missing = len(nums)
    for i, value in enumerate(nums):
        missing ^= i ^ value
    return missing
