def level_order(root):
    rows = []
    level = [root] if root is not None else []
    while level:
        rows.append([node.val for node in level])
        level = [child for node in level for child in (node.left, node.right) if child is not None]
    return rows
