/**
 * A random bracket string of length n: balanced with random nesting when n is even,
 * plus one unmatched opener when n is odd (so the answer is false).
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const openers = '([{';
  const closerOf = { '(': ')', '[': ']', '{': '}' };
  const pairs = Math.floor(n / 2);
  const stack = [];
  let out = '';
  let opened = 0;
  while (out.length < pairs * 2) {
    const mustClose = opened === pairs;
    if (!mustClose && (stack.length === 0 || random() < 0.5)) {
      const ch = openers[Math.floor(random() * 3)];
      stack.push(ch);
      out += ch;
      opened += 1;
    } else {
      out += closerOf[stack.pop()];
    }
  }
  if (n % 2 === 1) out += openers[Math.floor(random() * 3)];
  return [out];
}
