def find_kth_largest(nums: list[int], k: int) -> int:
    """Return the kth largest value (duplicates count separately)."""
    # your code here
    return 0
