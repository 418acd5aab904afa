function findWords(board, words) {
  // Build a trie of all words; a node's `word` is set where a whole word ends.
  const root = { children: new Map(), word: null };
  for (const w of words) {
    let node = root;
    for (let i = 0; i < w.length; i += 1) {
      let child = node.children.get(w[i]);
      if (child === undefined) {
        child = { children: new Map(), word: null };
        node.children.set(w[i], child);
      }
      node = child;
    }
    node.word = w;
  }

  const rows = board.length;
  const cols = rows > 0 ? board[0].length : 0;
  const found = [];

  const dfs = (r, c, parent) => {
    const letter = board[r][c];
    const node = parent.children.get(letter);
    if (node === undefined) return;
    if (node.word !== null) {
      found.push(node.word);
      node.word = null; // report each word once
    }
    board[r][c] = '#'; // mark the cell as used on the current path
    if (r > 0 && board[r - 1][c] !== '#') dfs(r - 1, c, node);
    if (r + 1 < rows && board[r + 1][c] !== '#') dfs(r + 1, c, node);
    if (c > 0 && board[r][c - 1] !== '#') dfs(r, c - 1, node);
    if (c + 1 < cols && board[r][c + 1] !== '#') dfs(r, c + 1, node);
    board[r][c] = letter;
    // Prune: a node with no children and no word left can never match again.
    if (node.children.size === 0 && node.word === null) parent.children.delete(letter);
  };

  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < cols; c += 1) dfs(r, c, root);
  }
  return found;
}
