def alien_order(words):
    # every letter that appears is a node, even one that takes part in no rule
    after = {}
    indegree = {}
    for word in words:
        for ch in word:
            if ch not in after:
                after[ch] = set()
                indegree[ch] = 0
    # neighbouring words give one rule at their first difference
    for prev, word in zip(words, words[1:]):
        limit = min(len(prev), len(word))
        j = 0
        while j < limit and prev[j] == word[j]:
            j += 1
        if j < limit:
            if word[j] not in after[prev[j]]:
                after[prev[j]].add(word[j])
                indegree[word[j]] += 1
        elif len(prev) > len(word):
            return ''  # a word right before its own prefix
    # Kahn: repeatedly emit a letter whose incoming rules are all used up
    ready = [ch for ch, count in indegree.items() if count == 0]
    order = []
    while ready:
        ch = ready.pop()
        order.append(ch)
        for nxt in after[ch]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    # letters left over sit on a cycle of rules
    return ''.join(order) if len(order) == len(after) else ''
