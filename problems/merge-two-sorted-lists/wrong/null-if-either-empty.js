// Treats "one list is empty" as "nothing to merge" and returns null,
// instead of returning the other list unchanged.
function mergeTwoLists(list1, list2) {
  if (list1 === null || list2 === null) return null;
  const dummy = new ListNode(0);
  let tail = dummy;
  while (list1 !== null && list2 !== null) {
    if (list1.val <= list2.val) {
      tail.next = list1;
      list1 = list1.next;
    } else {
      tail.next = list2;
      list2 = list2.next;
    }
    tail = tail.next;
  }
  tail.next = list1 !== null ? list1 : list2;
  return dummy.next;
}
