# One left-to-right counter that resets on an unmatched ')': a stretch still open at the end is
# never credited, so "(()" gives 0 instead of 2.
def longest_valid_parentheses(s):
    open_ = length = best = 0
    for ch in s:
        length += 1
        open_ += 1 if ch == '(' else -1
        if open_ < 0:
            open_ = length = 0
        elif open_ == 0:
            best = max(best, length)
    return best
