def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    """Return every combination of candidates (reuse allowed) adding up to target, each once."""
    # your code here
    return [[]]
