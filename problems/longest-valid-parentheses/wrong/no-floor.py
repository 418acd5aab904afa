# Measures a matched stretch from the matching '(' only, so pieces next to each other are not
# joined: "()(())" gives 4 instead of 6.
def longest_valid_parentheses(s):
    stack, best = [], 0
    for i, ch in enumerate(s):
        if ch == '(':
            stack.append(i)
        elif stack:
            best = max(best, i - stack.pop() + 1)
    return best
