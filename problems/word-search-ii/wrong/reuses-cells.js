// Never marks cells as used on the current path, so a word may step back onto a letter it
// already used ("aba" is "found" on a board that has a single "a").
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
  const dfs = (r, c, parent, depth) => {
    if (r < 0 || c < 0 || r >= rows || c >= cols || depth > 10) return;
    const node = parent.children.get(board[r][c]);
    if (!node) return;
    if (node.word !== null) {
      found.push(node.word);
      node.word = null;
    }
    dfs(r - 1, c, node, depth + 1);
    dfs(r + 1, c, node, depth + 1);
    dfs(r, c - 1, node, depth + 1);
    dfs(r, c + 1, node, depth + 1);
  };
  for (let r = 0; r < rows; r += 1) for (let c = 0; c < cols; c += 1) dfs(r, c, root, 1);
  return found;
}
