def find_median_sorted_arrays(nums1: list[int], nums2: list[int]) -> float:
    """Return the median of all values of both arrays."""
    # your code here
    return 0
