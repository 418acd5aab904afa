// Sets the end to the current letter's last index instead of the furthest one seen in the part,
// so an earlier letter that reaches further is cut in two.
function partitionLabels(s) {
  const last = {};
  for (let i = 0; i < s.length; i += 1) last[s[i]] = i;
  const sizes = [];
  let start = 0;
  for (let i = 0; i < s.length; i += 1) {
    const end = last[s[i]];
    if (i === end) {
      sizes.push(end - start + 1);
      start = i + 1;
    }
  }
  return sizes;
}
