# Counts each bracket type separately: crossing pairs such as "([)]" slip through
# because the order between types is never checked.
def is_valid(s):
    count = {'(': 0, '[': 0, '{': 0}
    opener = {')': '(', ']': '[', '}': '{'}
    for ch in s:
        if ch in count:
            count[ch] += 1
        else:
            count[opener[ch]] -= 1
            if count[opener[ch]] < 0:
                return False
    return all(v == 0 for v in count.values())
