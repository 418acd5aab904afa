# Stops when one list runs out and forgets to attach what is left of the other.
def merge_two_lists(list1, list2):
    dummy = tail = ListNode(0)
    while list1 is not None and list2 is not None:
        if list1.val <= list2.val:
            tail.next, list1 = list1, list1.next
        else:
            tail.next, list2 = list2, list2.next
        tail = tail.next
    tail.next = None
    return dummy.next
