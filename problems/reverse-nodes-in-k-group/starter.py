# class ListNode:  (already defined)
#     def __init__(self, val=0, next=None): ...

def reverse_k_group(head: ListNode | None, k: int) -> ListNode | None:
    """Return the head of the list with every full group of k nodes reversed."""
    # your code here
    return None
