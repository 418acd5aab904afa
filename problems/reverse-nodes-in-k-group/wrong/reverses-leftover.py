# Reverses the last group even when it has fewer than k nodes: [1, 2, 3, 4, 5] with k = 3
# gives [3, 2, 1, 5, 4] instead of [3, 2, 1, 4, 5].
def reverse_k_group(head, k):
    dummy = ListNode(0, head)
    before = dummy
    while before.next is not None:
        kth = before
        for _ in range(k):
            if kth.next is None:
                break
            kth = kth.next
        after = kth.next
        prev, curr = after, before.next
        while curr is not after:
            curr.next, prev, curr = prev, curr, curr.next
        first = before.next
        before.next = kth
        before = first
    return dummy.next
