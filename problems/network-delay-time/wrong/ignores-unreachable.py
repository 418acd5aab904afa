# Returns the latest arrival among the servers it reached instead of -1 when one is unreachable.
import heapq


def network_delay_time(times, n, source):
    adj = [[] for _ in range(n)]
    for frm, to, delay in times:
        adj[frm].append((to, delay))
    arrival = {source: 0}
    heap = [(0, source)]
    while heap:
        time, server = heapq.heappop(heap)
        if time > arrival[server]:
            continue
        for nxt, delay in adj[server]:
            if time + delay < arrival.get(nxt, float("inf")):
                arrival[nxt] = time + delay
                heapq.heappush(heap, (time + delay, nxt))
    return max(arrival.values())
