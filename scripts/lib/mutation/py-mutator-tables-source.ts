/**
 * Python source: what the mutant generator (py-mutator-source.ts) works from: the modules it
 * uses, the tables of operators and names each mutator swaps (named after Stryker's mutators,
 * so a Python report reads like a JavaScript one), and `_Source`, which turns the positions
 * `ast` and `tokenize` report into offsets and editor positions.
 */
export const PY_MUTATOR_TABLES = String.raw`import ast as _ast
import io as _io
import json as _json
import tokenize as _tokenize

# Stryker's mutator names, so that a Python report reads like a JavaScript one.
_COMPARE = {
    _ast.Lt: ('<', ['<=', '>=']),
    _ast.LtE: ('<=', ['<', '>']),
    _ast.Gt: ('>', ['>=', '<=']),
    _ast.GtE: ('>=', ['>', '<']),
    _ast.Eq: ('==', ['!=']),
    _ast.NotEq: ('!=', ['==']),
    _ast.Is: ('is', ['is not']),
    _ast.IsNot: ('is not', ['is']),
    _ast.In: ('in', ['not in']),
    _ast.NotIn: ('not in', ['in']),
}
_ARITHMETIC = {
    _ast.Add: ('+', '-'),
    _ast.Sub: ('-', '+'),
    _ast.Mult: ('*', '/'),
    _ast.Div: ('/', '*'),
    _ast.FloorDiv: ('//', '*'),
    _ast.Mod: ('%', '*'),
}
_ASSIGNMENT = {
    _ast.Add: ('+=', '-='),
    _ast.Sub: ('-=', '+='),
    _ast.Mult: ('*=', '/='),
    _ast.Div: ('/=', '*='),
    _ast.FloorDiv: ('//=', '*='),
    _ast.Mod: ('%=', '*='),
    _ast.LShift: ('<<=', '>>='),
    _ast.RShift: ('>>=', '<<='),
    _ast.BitAnd: ('&=', '|='),
    _ast.BitOr: ('|=', '&='),
}
_UNARY = {_ast.USub: ('-', '+'), _ast.UAdd: ('+', '-'), _ast.Invert: ('~', '')}
_BUILTIN_SWAPS = {'min': 'max', 'max': 'min', 'any': 'all', 'all': 'any'}
_METHOD_SWAPS = {
    'startswith': 'endswith', 'endswith': 'startswith', 'upper': 'lower', 'lower': 'upper',
    'lstrip': 'rstrip', 'rstrip': 'lstrip', 'index': 'rindex', 'rindex': 'index',
    'find': 'rfind', 'rfind': 'find', 'appendleft': 'append', 'popleft': 'pop',
}
_DROPPED_CALLS = ('sorted', 'reversed')
_SKIP_TOKENS = (_tokenize.COMMENT, _tokenize.NL, _tokenize.NEWLINE, _tokenize.INDENT,
                _tokenize.DEDENT)


class _Source:
    """Offsets in the source text. ast counts columns in UTF-8 bytes, tokenize in code points;
    the result counts in UTF-16 units, as JavaScript strings (and editors) do."""

    def __init__(self, text):
        self.text = text
        self.lines = text.split('\n')
        self.starts = []
        at = 0
        for line in self.lines:
            self.starts.append(at)
            at += len(line) + 1

    def of_node(self, lineno, col_bytes):
        line = self.lines[lineno - 1]
        return self.starts[lineno - 1] + len(line.encode('utf-8')[:col_bytes].decode('utf-8', 'replace'))

    def of_token(self, row, col):
        return self.starts[row - 1] + col

    def position(self, offset):
        # 1-based line, 1-based column in UTF-16 units.
        lo, hi = 0, len(self.starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        prefix = self.text[self.starts[lo]:offset]
        return lo + 1, len(prefix.encode('utf-16-le')) // 2 + 1
`;
