def longest_valid_parentheses(s):
    # stack[0] is the floor: the index before the current stretch; above it, unmatched '(' indices
    stack = [-1]
    best = 0
    for i, ch in enumerate(s):
        if ch == '(':
            stack.append(i)
        else:
            stack.pop()
            if not stack:
                stack.append(i)  # unmatched ')': the new floor
            else:
                best = max(best, i - stack[-1])
    return best
