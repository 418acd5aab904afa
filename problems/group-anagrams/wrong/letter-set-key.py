# Keys groups by the set of letters, so "aab" and "abb" land in the same group.
def group_anagrams(strs):
    groups = {}
    for word in strs:
        groups.setdefault(frozenset(word), []).append(word)
    return list(groups.values())
