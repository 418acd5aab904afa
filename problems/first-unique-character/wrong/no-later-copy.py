# Only checks that the character does not appear again later, not before: for "abab" the a at
# index 2 has no later copy, so it returns 2 instead of -1.
def first_uniq_char(s):
    for i, ch in enumerate(s):
        if s.find(ch, i + 1) == -1:
            return i
    return -1
