# class ListNode:  (already defined)
#     def __init__(self, val=0, next=None): ...

def merge_k_lists(lists: list[list[int]]) -> ListNode | None:
    """Return the head of one sorted list holding every node."""
    # your code here
    return None
