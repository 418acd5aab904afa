// Correct, but searches the board separately for every word (Word Search I in a loop):
// prefixes shared by many words are explored again for each of them, so 625 long words on a
// board of repeated letters run out of time.
function findWords(board, words) {
  const rows = board.length;
  const cols = rows > 0 ? board[0].length : 0;
  const seen = board.map((row) => row.map(() => false));

  const match = (word, i, r, c) => {
    if (r < 0 || c < 0 || r >= rows || c >= cols || seen[r][c] || board[r][c] !== word[i])
      return false;
    if (i === word.length - 1) return true;
    seen[r][c] = true;
    const ok =
      match(word, i + 1, r - 1, c) ||
      match(word, i + 1, r + 1, c) ||
      match(word, i + 1, r, c - 1) ||
      match(word, i + 1, r, c + 1);
    seen[r][c] = false;
    return ok;
  };

  const out = [];
  for (const word of words) {
    let hit = false;
    for (let r = 0; r < rows && !hit; r += 1) {
      for (let c = 0; c < cols && !hit; c += 1) hit = match(word, 0, r, c);
    }
    if (hit) out.push(word);
  }
  return out;
}
