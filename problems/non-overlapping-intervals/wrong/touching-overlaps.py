# Counts touching intervals as overlapping: [[1, 2], [2, 3]] gives 1 instead of 0.
def erase_overlap_intervals(intervals):
    removed, last_end = 0, float('-inf')
    for start, end in sorted(intervals, key=lambda iv: iv[1]):
        if start > last_end:
            last_end = end
        else:
            removed += 1
    return removed
