def max_depth(root):
    depth = 0
    level = [root] if root is not None else []
    while level:  # level by level, so a very deep tree needs no recursion
        depth += 1
        level = [c for node in level for c in (node.left, node.right) if c is not None]
    return depth
