# Uses the first root in the list that fits, not the shortest: with ["runner", "run"] the word
# "runners" becomes "runner".
def replace_words(roots, sentence):
    def shorten(word):
        return next((r for r in roots if word.startswith(r)), word)

    return ' '.join(shorten(w) for w in sentence.split(' '))
