# class TreeNode:  (already defined)
#     def __init__(self, val=0, left=None, right=None): ...

def invert_tree(root: TreeNode | None) -> TreeNode | None:
    """Return the root of the mirrored tree."""
    # your code here
    return root
