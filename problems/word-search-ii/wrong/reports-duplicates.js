// Does not clear a word once it is found, so a word that can be traced along two different
// paths is reported twice.
function findWords(board, words) {
  const root = { children: new Map(), word: null };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      if (!node.children.has(ch)) node.children.set(ch, { children: new Map(), word: null });
      node = node.children.get(ch);
    }
    node.word = w;
  }
  const rows = board.length;
  const cols = rows > 0 ? board[0].length : 0;
  const found = [];
  const dfs = (r, c, parent) => {
    if (r < 0 || c < 0 || r >= rows || c >= cols) return;
    const letter = board[r][c];
    const node = parent.children.get(letter);
    if (!node) return;
    if (node.word !== null) found.push(node.word);
    board[r][c] = '#';
    dfs(r - 1, c, node);
    dfs(r + 1, c, node);
    dfs(r, c - 1, node);
    dfs(r, c + 1, node);
    board[r][c] = letter;
  };
  for (let r = 0; r < rows; r += 1) for (let c = 0; c < cols; c += 1) dfs(r, c, root);
  return found;
}
