def largest_rectangle_area(heights):
    best = 0
    stack = []  # indices of bars with increasing heights
    for i, h in enumerate(heights + [0]):  # the 0 bar flushes the stack at the end
        while stack and heights[stack[-1]] >= h:
            top = stack.pop()
            left = stack[-1] + 1 if stack else 0
            best = max(best, heights[top] * (i - left))
        stack.append(i)
    return best
