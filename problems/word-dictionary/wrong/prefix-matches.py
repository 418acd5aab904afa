# Ignores the end-of-word flag: any existing path counts, so after adding "bald" the search
# for "bal" answers True.
class WordDictionary:
    def __init__(self):
        self.root = {}

    def add_word(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})

    def search(self, pattern):
        def match(node, i):
            if i == len(pattern):
                return True
            if pattern[i] != '.':
                return pattern[i] in node and match(node[pattern[i]], i + 1)
            return any(match(child, i + 1) for child in node.values())

        return match(self.root, 0)
