// Swaps values instead of relinking, walking from the group's start to find each pair: O(k^2) per
// group, so one group of 100,000 nodes takes billions of steps and runs out of time.
function reverseKGroup(head, k) {
  let start = head;
  for (;;) {
    let end = start;
    for (let step = 1; step < k && end !== null; step += 1) end = end.next;
    if (start === null || end === null) return head;
    for (let i = 0; i < Math.floor(k / 2); i += 1) {
      let a = start;
      let b = start;
      for (let s = 0; s < i; s += 1) a = a.next;
      for (let s = 0; s < k - 1 - i; s += 1) b = b.next;
      [a.val, b.val] = [b.val, a.val];
    }
    start = end.next;
  }
}
