/**
 * An object nested min(n, 500) levels deep and the dotted path to its innermost value.
 * @param {number} n
 * @param {() => number} random seeded PRNG in [0, 1)
 */
function generate(n, random) {
  const depth = Math.min(n, 500);
  const keys = [];
  for (let i = 0; i < depth; i += 1) keys.push(`k${Math.floor(random() * 10)}`);
  let obj = { leaf: n };
  for (let i = depth - 1; i >= 0; i -= 1) obj = { [keys[i]]: obj, other: i };
  return [obj, [...keys, 'leaf'].join('.'), null];
}
