def combination_sum(candidates, target):
    out, path = [], []

    def pick(start, remaining):
        if remaining == 0:
            out.append(path[:])
            return
        for i in range(start, len(candidates)):
            c = candidates[i]
            if c > remaining:
                continue
            path.append(c)
            pick(i, remaining - c)  # same i: the value may be used again
            path.pop()

    pick(0, target)
    return out
