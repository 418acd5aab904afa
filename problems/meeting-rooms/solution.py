def can_attend_all(meetings):
    ordered = sorted(meetings)
    # strict: a meeting may start the moment the previous one ends
    return all(ordered[i][0] >= ordered[i - 1][1] for i in range(1, len(ordered)))
