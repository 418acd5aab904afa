# class ListNode:  (already defined)
#     def __init__(self, val=0, next=None): ...

def reverse_list(head: ListNode | None) -> ListNode | None:
    """Return the head of the reversed list."""
    # your code here
    return head
