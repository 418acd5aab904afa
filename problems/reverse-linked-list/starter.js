/**
 * class ListNode { constructor(val = 0, next = null) { this.val = val; this.next = next; } }
 *
 * @param {ListNode | null} head
 * @return {ListNode | null} the head of the reversed list
 */
function reverseList(head) {
  // your code here
  return head;
}
