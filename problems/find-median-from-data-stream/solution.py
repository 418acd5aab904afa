import heapq


class MedianFinder:
    def __init__(self):
        self.low = []  # the smaller half, as negated values (a max-heap)
        self.high = []  # the larger half (a min-heap)

    def add_num(self, num):
        heapq.heappush(self.low, -num)
        heapq.heappush(self.high, -heapq.heappop(self.low))  # every low value <= every high value
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def find_median(self):
        if len(self.low) > len(self.high):
            return -self.low[0]
        return (-self.low[0] + self.high[0]) / 2
