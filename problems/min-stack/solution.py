class MinStack:
    def __init__(self):
        self.values = []
        self.mins = []  # mins[i] is the smallest of values[: i + 1]

    def push(self, val):
        self.values.append(val)
        self.mins.append(min(val, self.mins[-1]) if self.mins else val)

    def pop(self):
        self.values.pop()
        self.mins.pop()

    def top(self):
        return self.values[-1]

    def get_min(self):
        return self.mins[-1]
