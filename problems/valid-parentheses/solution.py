OPENER_OF = {')': '(', ']': '[', '}': '{'}


def is_valid(s):
    stack = []
    for ch in s:
        opener = OPENER_OF.get(ch)
        if opener is None:
            stack.append(ch)
        elif not stack or stack.pop() != opener:
            return False
    return not stack
