// class ListNode { val: number; next: ListNode | null } is provided.

function reverseList(head: ListNode | null): ListNode | null {
  // your code here
  return head;
}
