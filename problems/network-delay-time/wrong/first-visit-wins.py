# Breadth-first search that fixes each server's time the first time it is reached, so a route
# with more links but less total delay is never used.
from collections import deque


def network_delay_time(times, n, source):
    adj = [[] for _ in range(n)]
    for frm, to, delay in times:
        adj[frm].append((to, delay))
    arrival = [None] * n
    arrival[source] = 0
    queue = deque([source])
    while queue:
        server = queue.popleft()
        for nxt, delay in adj[server]:
            if arrival[nxt] is None:
                arrival[nxt] = arrival[server] + delay
                queue.append(nxt)
    if any(t is None for t in arrival):
        return -1
    return max(arrival)
