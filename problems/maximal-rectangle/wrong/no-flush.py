# Without the sentinel 0 after the last column, bars left on the stack are never measured:
# [[1, 1], [1, 1]] gives 2 instead of 4.
def maximal_rectangle(matrix):
    c = len(matrix[0])
    heights, best = [0] * c, 0
    for row in matrix:
        for j in range(c):
            heights[j] = heights[j] + 1 if row[j] == 1 else 0
        stack = []
        for j in range(c):
            while stack and heights[stack[-1]] >= heights[j]:
                h = heights[stack.pop()]
                left = stack[-1] + 1 if stack else 0
                best = max(best, h * (j - left))
            stack.append(j)
    return best
