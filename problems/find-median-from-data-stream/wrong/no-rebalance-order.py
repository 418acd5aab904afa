# Pushes each value into the smaller half without checking which half it belongs to: after 1, 2
# and 3 the lower half holds 1 and 3 and the median comes out as 3.
class MedianFinder:
    def __init__(self):
        self.low, self.high = [], []

    def add_num(self, num):
        if len(self.low) <= len(self.high):
            self.low.append(num)
            self.low.sort(reverse=True)
        else:
            self.high.append(num)
            self.high.sort()

    def find_median(self):
        if len(self.low) > len(self.high):
            return self.low[0]
        return (self.low[0] + self.high[0]) / 2
