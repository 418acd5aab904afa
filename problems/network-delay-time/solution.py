import heapq


def network_delay_time(times, n, source):
    adj = [[] for _ in range(n)]
    for frm, to, delay in times:
        adj[frm].append((to, delay))
    arrival = [float("inf")] * n
    arrival[source] = 0
    heap = [(0, source)]  # (arrival time, server), smallest time first
    while heap:
        time, server = heapq.heappop(heap)
        if time > arrival[server]:
            continue  # a stale entry: a faster route was found after it
        for nxt, delay in adj[server]:
            if time + delay < arrival[nxt]:
                arrival[nxt] = time + delay
                heapq.heappush(heap, (time + delay, nxt))
    latest = max(arrival)
    return -1 if latest == float("inf") else latest
