# Records the shared path list instead of a copy: after backtracking it is empty, so every
# recorded combination comes back as [].
def combination_sum(candidates, target):
    out, path = [], []

    def pick(start, remaining):
        if remaining == 0:
            out.append(path)
            return
        for i in range(start, len(candidates)):
            if candidates[i] <= remaining:
                path.append(candidates[i])
                pick(i, remaining - candidates[i])
                path.pop()

    pick(0, target)
    return out
