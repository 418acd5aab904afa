// class ListNode { val: number; next: ListNode | null } is provided.

function mergeTwoLists(list1: ListNode | null, list2: ListNode | null): ListNode | null {
  // your code here
  return list1;
}
