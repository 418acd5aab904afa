# Only looks for a pair of courses that need each other: longer cycles (a → b → c → a) pass.
def can_finish(num_courses, prerequisites):
    pairs = {(a, b) for a, b in prerequisites}
    return not any((b, a) in pairs or a == b for a, b in prerequisites)
