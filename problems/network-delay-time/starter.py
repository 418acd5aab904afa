def network_delay_time(times: list[list[int]], n: int, source: int) -> int:
    """Return when the last server receives the message, or -1 if one never does."""
    # your code here
    return 0
