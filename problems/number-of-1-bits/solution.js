function hammingWeight(n) {
  let x = n >>> 0; // read n as unsigned 32-bit
  let count = 0;
  while (x !== 0) {
    x = (x & (x - 1)) >>> 0; // clear the lowest set bit; >>> 0 keeps the result unsigned
    count += 1;
  }
  return count;
}
