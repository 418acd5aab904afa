# class TreeNode:  (already defined)
#     def __init__(self, val=0, left=None, right=None): ...

def level_order(root: TreeNode | None) -> list[list[int]]:
    """Return one row of values per level, top to bottom, each left to right."""
    # your code here
    return []
