# Tests the looked-up value for truthiness instead of membership: a stored 0 reads as a miss (-1).
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = OrderedDict()

    def get(self, key):
        value = self.entries.get(key)
        if not value:
            return -1
        self.entries.move_to_end(key)
        return value

    def put(self, key, value):
        self.entries.pop(key, None)
        self.entries[key] = value
        if len(self.entries) > self.capacity:
            self.entries.popitem(last=False)
