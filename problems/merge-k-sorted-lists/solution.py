import heapq


def merge_k_lists(lists):
    heap = [(values[0], i, 0) for i, values in enumerate(lists) if values]
    heapq.heapify(heap)
    dummy = tail = ListNode(0)
    while heap:
        value, i, j = heapq.heappop(heap)
        tail.next = ListNode(value)
        tail = tail.next
        if j + 1 < len(lists[i]):
            heapq.heappush(heap, (lists[i][j + 1], i, j + 1))
    return dummy.next
