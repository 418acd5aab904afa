# class TreeNode:  (already defined)
#     def __init__(self, val=0, left=None, right=None): ...

def is_valid_bst(root: TreeNode | None) -> bool:
    """Return whether the tree is a valid binary search tree (strict ordering)."""
    # your code here
    return False
