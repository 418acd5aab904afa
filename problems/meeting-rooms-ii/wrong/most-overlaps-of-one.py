# Takes the meeting that overlaps the most others and adds one: [[0, 10], [1, 3], [5, 7]]
# gives 3, but 2 rooms suffice.
def min_meeting_rooms(meetings):
    most = 0
    for s, e in meetings:
        most = max(most, sum(1 for a, b in meetings if a < e and s < b))
    return most
