def count_bits(n: int) -> list[int]:
    """Return entry i is the number of 1 bits in i, for i = 0..n."""
    # your code here
    return []
