/**
 * class ListNode { constructor(val = 0, next = null) { this.val = val; this.next = next; } }
 *
 * @param {ListNode | null} list1 sorted in non-decreasing order
 * @param {ListNode | null} list2 sorted in non-decreasing order
 * @return {ListNode | null} the head of the merged sorted list
 */
function mergeTwoLists(list1, list2) {
  // your code here
  return list1;
}
