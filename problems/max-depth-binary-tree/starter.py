# class TreeNode:  (already defined)
#     def __init__(self, val=0, left=None, right=None): ...

def max_depth(root: TreeNode | None) -> int:
    """Return the number of nodes on the longest root-to-leaf path."""
    # your code here
    return 0
