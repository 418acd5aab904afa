def reverse_k_group(head, k):
    dummy = ListNode(0, head)
    before = dummy  # the node just before the group to reverse
    while True:
        kth = before
        for _ in range(k):
            kth = kth.next
            if kth is None:
                return dummy.next  # fewer than k nodes left: keep them
        after = kth.next
        prev, curr = after, before.next
        while curr is not after:
            curr.next, prev, curr = prev, curr, curr.next
        first = before.next
        before.next = kth
        before = first
