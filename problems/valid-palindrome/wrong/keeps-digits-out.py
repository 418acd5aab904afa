# Keeps letters only, dropping digits: "1a2" reads as "a" and passes.
def is_palindrome(s):
    kept = [ch.lower() for ch in s if ch.isalpha()]
    return kept == kept[::-1]
