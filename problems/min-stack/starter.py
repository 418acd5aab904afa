class MinStack:
    def __init__(self):
        # your code here
        pass

    def push(self, val: int) -> None:
        # your code here
        pass

    def pop(self) -> None:
        # your code here
        pass

    def top(self) -> int:
        """Return the value on top of the stack."""
        # your code here
        return 0

    def get_min(self) -> int:
        """Return the smallest value in the stack, in O(1)."""
        # your code here
        return 0
