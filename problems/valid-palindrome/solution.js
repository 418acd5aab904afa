function isAlphanumeric(code) {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function toLower(code) {
  return code >= 65 && code <= 90 ? code + 32 : code; // 'A'..'Z' -> 'a'..'z'; digits unchanged
}

function isPalindrome(s) {
  let i = 0;
  let j = s.length - 1;
  while (i < j) {
    const left = s.charCodeAt(i);
    const right = s.charCodeAt(j);
    if (!isAlphanumeric(left)) {
      i += 1;
    } else if (!isAlphanumeric(right)) {
      j -= 1;
    } else {
      if (toLower(left) !== toLower(right)) return false;
      i += 1;
      j -= 1;
    }
  }
  return true;
}
