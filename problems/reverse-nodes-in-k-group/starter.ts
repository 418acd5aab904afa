// class ListNode { val: number; next: ListNode | null } is available.
function reverseKGroup(head: ListNode | null, k: number): ListNode | null {
  // your code here
  return null;
}
