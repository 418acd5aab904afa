function partitionLabels(s) {
  const last = {};
  for (let i = 0; i < s.length; i += 1) last[s[i]] = i;
  const sizes = [];
  let start = 0;
  let end = 0;
  for (let i = 0; i < s.length; i += 1) {
    end = Math.max(end, last[s[i]]); // the part must reach every letter's last occurrence
    if (i === end) {
      sizes.push(end - start + 1);
      start = i + 1;
    }
  }
  return sizes;
}
