def replace_words(roots, sentence):
    top = {}  # trie of the roots; the key "$" marks the last letter of a root
    for root in roots:
        node = top
        for ch in root:
            node = node.setdefault(ch, {})
        node['$'] = True

    def shorten(word):
        node = top
        for i, ch in enumerate(word):
            node = node.get(ch)
            if node is None:
                return word  # no root is a prefix
            if '$' in node:
                return word[:i + 1]  # first root end = shortest root
        return word

    return ' '.join(shorten(w) for w in sentence.split(' '))
