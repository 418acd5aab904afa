# Sets the end to the current letter's last index instead of the furthest one seen in the part,
# so an earlier letter that reaches further is cut in two.
def partition_labels(s):
    last = {c: i for i, c in enumerate(s)}
    sizes = []
    start = 0
    for i, c in enumerate(s):
        if i == last[c]:
            sizes.append(i - start + 1)
            start = i + 1
    return sizes
