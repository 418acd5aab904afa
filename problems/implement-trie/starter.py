class Trie:
    def __init__(self):
        # your code here
        pass

    def insert(self, word: str) -> None:
        # your code here
        pass

    def search(self, word: str) -> bool:
        """Return whether word itself was inserted."""
        # your code here
        return False

    def starts_with(self, prefix: str) -> bool:
        """Return whether some inserted word starts with prefix."""
        # your code here
        return False
