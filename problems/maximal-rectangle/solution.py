def maximal_rectangle(matrix):
    c = len(matrix[0])
    heights = [0] * (c + 1)  # heights[c] stays 0: a sentinel that flushes the stack
    best = 0
    for row in matrix:
        for j in range(c):
            heights[j] = heights[j] + 1 if row[j] == 1 else 0
        stack = []  # columns of increasing height
        for j in range(c + 1):
            while stack and heights[stack[-1]] >= heights[j]:
                h = heights[stack.pop()]
                left = stack[-1] + 1 if stack else 0
                best = max(best, h * (j - left))
            stack.append(j)
    return best
