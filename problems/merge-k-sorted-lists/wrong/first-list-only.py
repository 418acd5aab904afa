# Merges the lists pairwise but drops the last one when their number is odd.
def merge_k_lists(lists):
    values = []
    for i in range(0, len(lists) - 1, 2):
        values.extend(lists[i] + lists[i + 1])
    head = None
    for v in sorted(values, reverse=True):
        head = ListNode(v, head)
    return head
