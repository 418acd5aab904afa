def min_cost_climbing_stairs(cost: list[int]) -> int:
    """Return the cheapest total toll to reach the top, just past the last step."""
    # your code here
    return -1
