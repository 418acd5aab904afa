class WordDictionary:
    def __init__(self):
        # your code here
        pass

    def add_word(self, word: str) -> None:
        # your code here
        pass

    def search(self, pattern: str) -> bool:
        """Return whether an added word matches the pattern ('.' is any one letter)."""
        # your code here
        return False
