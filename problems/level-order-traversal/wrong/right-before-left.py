# Visits the right child before the left one, so each row reads right to left.
def level_order(root):
    rows = []
    level = [root] if root is not None else []
    while level:
        rows.append([node.val for node in level])
        level = [child for node in level for child in (node.right, node.left) if child is not None]
    return rows
