# Moves past a value after using it once (recurses with i + 1): [2, 2, 3] is never built.
def combination_sum(candidates, target):
    out, path = [], []

    def pick(start, remaining):
        if remaining == 0:
            out.append(path[:])
            return
        for i in range(start, len(candidates)):
            if candidates[i] <= remaining:
                path.append(candidates[i])
                pick(i + 1, remaining - candidates[i])
                path.pop()

    pick(0, target)
    return out
