# Walks the trie as far as the word goes and keeps the last root end on the way, so the
# longest root wins: with ["runner", "run"] the word "runners" becomes "runner".
def replace_words(roots, sentence):
    top = {}
    for root in roots:
        node = top
        for ch in root:
            node = node.setdefault(ch, {})
        node['$'] = True

    def shorten(word):
        node, found = top, word
        for i, ch in enumerate(word):
            node = node.get(ch)
            if node is None:
                break
            if '$' in node:
                found = word[:i + 1]
        return found

    return ' '.join(shorten(w) for w in sentence.split(' '))
