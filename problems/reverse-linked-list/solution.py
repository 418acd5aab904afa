def reverse_list(head):
    prev = None
    curr = head
    while curr is not None:
        nxt = curr.next  # save before the link is overwritten
        curr.next = prev
        prev = curr
        curr = nxt
    return prev
