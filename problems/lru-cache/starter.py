class LRUCache:
    def __init__(self, capacity: int):
        """capacity: the most keys the cache may hold (>= 1)."""
        # your code here
        pass

    def get(self, key: int) -> int:
        """Return the stored value, or -1 if key is not in the cache."""
        # your code here
        return -1

    def put(self, key: int, value: int) -> None:
        """Store value under key; evict the least recently used key if a new key overflows the capacity."""
        # your code here
        pass
