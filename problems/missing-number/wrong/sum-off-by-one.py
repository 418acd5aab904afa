# Uses the sum of 0 … n - 1 instead of 0 … n: the expected total is short by n.
def missing_number(nums):
    n = len(nums)
    return n * (n - 1) // 2 - sum(nums)
