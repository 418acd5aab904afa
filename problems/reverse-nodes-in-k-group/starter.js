/**
 * class ListNode { constructor(val = 0, next = null) } is available.
 * @param {ListNode | null} head the first node of the list
 * @param {number} k the group size
 * @return {ListNode | null} the head of the list with every full group of k reversed
 */
function reverseKGroup(head, k) {
  // your code here
  return null;
}
