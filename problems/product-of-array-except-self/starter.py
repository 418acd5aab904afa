def product_except_self(nums: list[int]) -> list[int]:
    """Return answer[i] = product of all elements except nums[i], without division."""
    # your code here
    return [0] * len(nums)
