// Uses the first root in the list that fits, not the shortest: with ["runner", "run"] the word
// "runners" becomes "runner".
function replaceWords(roots, sentence) {
  return sentence
    .split(' ')
    .map((word) => roots.find((root) => word.startsWith(root)) ?? word)
    .join(' ');
}
