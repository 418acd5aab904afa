# Compares each node with its own children only: a grandchild on the wrong side of the root passes.
def is_valid_bst(root):
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if node.left is not None and node.left.val >= node.val:
            return False
        if node.right is not None and node.right.val <= node.val:
            return False
        stack += [node.left, node.right]
    return True
