# Reads head.next before checking for an empty list: None input raises AttributeError.
def reverse_list(head):
    prev, curr, nxt = None, head, head.next
    while curr is not None:
        curr.next = prev
        prev, curr = curr, nxt
        nxt = nxt.next if nxt is not None else None
    return prev
