# Divides the total product by each element: a zero in the input breaks it.
def product_except_self(nums):
    total = 1
    for x in nums:
        total *= x
    return [total // x if x else 0 for x in nums]
