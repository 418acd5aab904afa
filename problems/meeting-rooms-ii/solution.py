def min_meeting_rooms(meetings):
    starts = sorted(m[0] for m in meetings)
    ends = sorted(m[1] for m in meetings)
    in_use = most = e = 0  # ends[:e] have already freed their rooms
    for s in starts:
        while ends[e] <= s:
            e += 1
            in_use -= 1
        in_use += 1
        most = max(most, in_use)
    return most
