/**
 * Accepts any order of exactly the letters of the words that keeps every neighbouring pair sorted;
 * when no order exists (expected ""), only "" is accepted.
 * @param {[string[]]} args
 */
function check(args, actual, expected) {
  const [words] = args;
  if (typeof actual !== 'string') return 'expected a string';
  if (expected === '')
    return actual === ''
      ? true
      : 'no letter order can make these words sorted, so the answer is ""';
  if (actual === '') return 'a letter order exists, but "" was returned';
  const letters = new Set();
  for (const word of words) for (const ch of word) letters.add(ch);
  const position = new Map();
  for (let k = 0; k < actual.length; k += 1) {
    const ch = actual[k];
    if (!letters.has(ch)) return `"${ch}" does not appear in the words`;
    if (position.has(ch)) return `"${ch}" appears more than once`;
    position.set(ch, k);
  }
  for (const ch of letters) if (!position.has(ch)) return `the letter "${ch}" is missing`;
  for (let i = 1; i < words.length; i += 1) {
    const prev = words[i - 1];
    const word = words[i];
    let j = 0;
    while (j < prev.length && j < word.length && prev[j] === word[j]) j += 1;
    if (j < prev.length && j < word.length && position.get(prev[j]) > position.get(word[j])) {
      return `"${prev}" comes before "${word}", so "${prev[j]}" must come before "${word[j]}"`;
    }
  }
  return true;
}
