# Starts the walk at the second node, so the old head still points to it:
# 1 → 2 and 2 → 1 form a cycle at the end of the reversed list.
def reverse_list(head):
    if head is None:
        return None
    prev, curr = head, head.next
    while curr is not None:
        nxt = curr.next
        curr.next = prev
        prev, curr = curr, nxt
    return prev
