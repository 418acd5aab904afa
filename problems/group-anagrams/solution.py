def group_anagrams(strs):
    groups = {}  # sorted letters -> words with those letters
    for word in strs:
        groups.setdefault(''.join(sorted(word)), []).append(word)
    return list(groups.values())
