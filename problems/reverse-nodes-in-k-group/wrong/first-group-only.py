# Reverses the first group and stops: every later group keeps its order.
def reverse_k_group(head, k):
    kth = head
    for _ in range(k - 1):
        if kth is None:
            return head
        kth = kth.next
    if kth is None:
        return head
    after = kth.next
    prev, curr = after, head
    while curr is not after:
        curr.next, prev, curr = prev, curr, curr.next
    return kth
