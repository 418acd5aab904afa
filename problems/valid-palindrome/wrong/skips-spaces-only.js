// Treats spaces as the only characters to skip, so punctuation is compared like a letter.
function isPalindrome(s) {
  const cleaned = s.toLowerCase().split(' ').join('');
  let i = 0;
  let j = cleaned.length - 1;
  while (i < j) {
    if (cleaned[i] !== cleaned[j]) return false;
    i += 1;
    j -= 1;
  }
  return true;
}
