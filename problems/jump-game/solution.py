def can_reach_end(nums):
    reach = 0  # the furthest square reachable so far
    for i, jump in enumerate(nums):
        if i > reach:
            return False
        reach = max(reach, i + jump)
    return True
