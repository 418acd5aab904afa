// Correct answers, but each pass removes only innermost pairs: deep nesting needs n/2 passes
// over a string of length n, O(n²) — too slow for 100,000 nested brackets.
function isValid(s) {
  let previous;
  while (s !== previous) {
    previous = s;
    s = s.replace(/\(\)|\[\]|\{\}/g, '');
  }
  return s.length === 0;
}
