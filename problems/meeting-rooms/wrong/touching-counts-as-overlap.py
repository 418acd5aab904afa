# Treats back-to-back meetings (one ends at 10, the next starts at 10) as a clash.
def can_attend_all(meetings):
    ordered = sorted(meetings)
    return all(ordered[i][0] > ordered[i - 1][1] for i in range(1, len(ordered)))
