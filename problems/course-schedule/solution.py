from collections import deque


def can_finish(num_courses, prerequisites):
    unlocks = [[] for _ in range(num_courses)]  # b -> courses that need b
    missing = [0] * num_courses  # unmet prerequisites per course
    for a, b in prerequisites:
        unlocks[b].append(a)
        missing[a] += 1
    queue = deque(c for c in range(num_courses) if missing[c] == 0)
    done = 0
    while queue:
        course = queue.popleft()
        done += 1
        for nxt in unlocks[course]:
            missing[nxt] -= 1
            if missing[nxt] == 0:
                queue.append(nxt)
    return done == num_courses  # courses on a cycle never enter the queue
