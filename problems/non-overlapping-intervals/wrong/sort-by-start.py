# Greedy by start time, keeping whatever comes first: a long early interval blocks the short
# ones inside it. [[0, 10], [1, 2], [3, 4], [5, 6]] gives 3 instead of 1.
def erase_overlap_intervals(intervals):
    removed, last_end = 0, float('-inf')
    for start, end in sorted(intervals):
        if start >= last_end:
            last_end = end
        else:
            removed += 1
    return removed
