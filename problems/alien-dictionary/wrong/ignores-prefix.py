# Skips pairs where one word is a prefix of the other without checking which comes first:
# ["apple", "app"] gets an order instead of "".
def alien_order(words):
    after = {ch: set() for word in words for ch in word}
    indegree = {ch: 0 for ch in after}
    for prev, word in zip(words, words[1:]):
        for a, b in zip(prev, word):
            if a != b:
                if b not in after[a]:
                    after[a].add(b)
                    indegree[b] += 1
                break
    ready = [ch for ch, count in indegree.items() if count == 0]
    order = []
    while ready:
        ch = ready.pop()
        order.append(ch)
        for nxt in after[ch]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    return ''.join(order) if len(order) == len(after) else ''
