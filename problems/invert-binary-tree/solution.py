def invert_tree(root):
    stack = [root]  # iterative, so a tree 100,000 levels deep needs no recursion
    while stack:
        node = stack.pop()
        if node is not None:
            node.left, node.right = node.right, node.left
            stack.append(node.left)
            stack.append(node.right)
    return root
