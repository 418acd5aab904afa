class WordDictionary:
    def __init__(self):
        self.root = {}  # letter -> child node; the key "$" marks the end of a word

    def add_word(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node['$'] = True

    def search(self, pattern):
        def match(node, i):
            if i == len(pattern):
                return '$' in node
            ch = pattern[i]
            if ch != '.':
                return ch in node and match(node[ch], i + 1)
            return any(match(child, i + 1) for key, child in node.items() if key != '$')

        return match(self.root, 0)
