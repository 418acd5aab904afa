# For an even total it returns the lower middle value instead of the mean of the two middles.
def find_median_sorted_arrays(nums1, nums2):
    merged = sorted(nums1 + nums2)
    return merged[(len(merged) - 1) // 2]
