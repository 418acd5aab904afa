# Swaps the root's children but not the children below them.
def invert_tree(root):
    if root is not None:
        root.left, root.right = root.right, root.left
    return root
