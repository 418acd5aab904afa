class MedianFinder:
    def __init__(self):
        # your code here
        pass

    def add_num(self, num: int) -> None:
        # your code here
        pass

    def find_median(self) -> float:
        """Return the median of every number added so far."""
        # your code here
        return None
