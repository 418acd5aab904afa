def ladder_length(begin_word, end_word, word_list):
    words = set(word_list)
    if end_word not in words:
        return 0
    # Breadth-first from both ends at once, always growing the smaller frontier:
    # the two searches meet in the middle and visit far fewer words than one search.
    front, back = {begin_word}, {end_word}
    words.discard(begin_word)
    words.discard(end_word)
    steps = 1
    letters = 'abcdefghijklmnopqrstuvwxyz'
    while front and back:
        if len(front) > len(back):
            front, back = back, front
        steps += 1
        nxt = set()
        for word in front:
            for i in range(len(word)):
                head, tail = word[:i], word[i + 1:]
                for ch in letters:
                    candidate = head + ch + tail
                    if candidate in back:
                        return steps
                    if candidate in words:
                        words.discard(candidate)
                        nxt.add(candidate)
        front = nxt
    return 0
