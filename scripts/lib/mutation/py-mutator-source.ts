import { PY_MUTATOR_TABLES } from './py-mutator-tables-source';

/**
 * Python source: the Python mutant generator. It parses a reference with Python's own `ast`
 * module (the parser of the Python that judges it: no grammar to keep in step) and finds the
 * operators' exact places with `tokenize`, then lists each mutant as a source range and the
 * text that replaces it, so that positions and diffs read like Stryker's for JavaScript.
 * Nothing of the reference is executed. It runs in a jailed Pyodide (see py-mutants.ts).
 * Mutators carry Stryker's names: EqualityOperator, ArithmeticOperator, AssignmentOperator
 * (Python's augmented assignment), ConditionalExpression, LogicalOperator, BooleanLiteral,
 * UnaryOperator, BlockStatement (a block becomes `pass`), StringLiteral, ArrayDeclaration,
 * ObjectLiteral and MethodExpression.
 */
export const PY_MUTATOR =
  PY_MUTATOR_TABLES +
  String.raw`

class _Generator:
    def __init__(self, text):
        self.src = _Source(text)
        self.tree = _ast.parse(text, 'solution.py')
        self.tokens = [
            (self.src.of_token(*t.start), self.src.of_token(*t.end), t.string)
            for t in _tokenize.generate_tokens(_io.StringIO(text).readline)
            if t.type not in _SKIP_TOKENS
        ]
        self.out = []
        self.skip = set()
        self.tests = {}

    def span(self, node):
        return (self.src.of_node(node.lineno, node.col_offset),
                self.src.of_node(node.end_lineno, node.end_col_offset))

    def add(self, mutator, start, end, replacement):
        line, column = self.src.position(start)
        end_line, end_column = self.src.position(end)
        self.out.append({'mutator': mutator, 'line': line, 'column': column, 'endLine': end_line,
                         'endColumn': end_column, 'replacement': replacement})

    def operator_between(self, start, end):
        """The first and last offsets of the operator tokens between two operands (brackets skipped)."""
        found = [t for t in self.tokens if start <= t[0] and t[1] <= end and t[2] not in '()']
        return (found[0][0], found[-1][1]) if found else None

    def swap(self, mutator, node, start, end, new):
        """A mutant of the whole node with the text from start to end replaced by new."""
        node_start, node_end = self.span(node)
        text = self.src.text
        self.add(mutator, node_start, node_end,
                 text[node_start:start] + new + text[end:node_end])

    # --- collection -------------------------------------------------------------------------

    def run(self):
        self.mark_skipped(self.tree)
        for node in _ast.walk(self.tree):
            if id(node) in self.skip:
                continue
            for visit in (self.block, self.test, self.compare, self.boolop, self.binop,
                          self.augassign, self.unary, self.constant, self.joined, self.display,
                          self.call):
                visit(node)
        self.out.sort(key=lambda m: (m['line'], m['column'], m['endLine'], m['endColumn'],
                                     m['mutator'], m['replacement']))
        return self.out

    def mark_skipped(self, tree):
        """Type annotations and docstrings are not behaviour: nothing in them is mutated."""
        def skip(node):
            if node is not None:
                for child in _ast.walk(node):
                    self.skip.add(id(child))
        for node in _ast.walk(tree):
            if isinstance(node, (_ast.FunctionDef, _ast.AsyncFunctionDef)):
                skip(node.returns)
            if isinstance(node, _ast.arg):
                skip(node.annotation)
            if isinstance(node, _ast.AnnAssign):
                skip(node.annotation)
            if isinstance(node, (_ast.Module, _ast.ClassDef, _ast.FunctionDef,
                                 _ast.AsyncFunctionDef)) and node.body:
                first = node.body[0]
                if isinstance(first, _ast.Expr) and isinstance(first.value, _ast.Constant) \
                        and isinstance(first.value.value, str):
                    skip(first)
            if isinstance(node, _ast.JoinedStr):
                for child in _ast.walk(node):
                    if child is not node:
                        self.skip.add(id(child))
            if isinstance(node, (_ast.If, _ast.IfExp)):
                self.tests[id(node.test)] = ('True', 'False')
            if isinstance(node, _ast.While):
                self.tests[id(node.test)] = ('False',)
            if isinstance(node, _ast.comprehension):
                for cond in node.ifs:
                    self.tests[id(cond)] = ('True', 'False')

    def block(self, node):
        """BlockStatement: a block's statements become pass (Stryker empties a block)."""
        if isinstance(node, (_ast.Module, _ast.ClassDef)):
            return  # a file or class body is not a block (Stryker leaves those alone)
        for field in ('body', 'orelse', 'finalbody'):
            body = getattr(node, field, None)
            if not isinstance(body, list) or not body or not isinstance(body[0], _ast.stmt):
                continue
            if all(isinstance(s, _ast.Pass) for s in body):
                continue
            if isinstance(node, _ast.If) and field == 'orelse' and len(body) == 1 \
                    and isinstance(body[0], _ast.If) and self.is_elif(body[0]):
                continue  # an elif: its own body and test are mutated
            start = self.span(body[0])[0]
            end = self.span(body[-1])[1]
            self.add('BlockStatement', start, end, 'pass')

    def is_elif(self, node):
        return self.src.text.startswith('elif', self.span(node)[0])

    def test(self, node):
        """ConditionalExpression: the test of an if, a ternary or a filter is always true or
        always false; a while loop's test is false; any other condition is true or false."""
        outcomes = self.tests.get(id(node))
        if outcomes is None:
            if isinstance(node, (_ast.Compare, _ast.BoolOp)):
                outcomes = ('True', 'False')
            else:
                return
        start, end = self.span(node)
        for outcome in outcomes:
            if self.src.text[start:end] != outcome:
                self.add('ConditionalExpression', start, end, outcome)

    def compare(self, node):
        if not isinstance(node, _ast.Compare):
            return
        left = node.left
        for op, right in zip(node.ops, node.comparators):
            known = _COMPARE.get(type(op))
            where = self.operator_between(self.span(left)[1], self.span(right)[0])
            if known and where:
                for new in known[1]:
                    self.swap('EqualityOperator', node, where[0], where[1], new)
            left = right

    def boolop(self, node):
        if not isinstance(node, _ast.BoolOp):
            return
        new = 'or' if isinstance(node.op, _ast.And) else 'and'
        for left, right in zip(node.values, node.values[1:]):
            where = self.operator_between(self.span(left)[1], self.span(right)[0])
            if where:
                self.swap('LogicalOperator', node, where[0], where[1], new)

    def binop(self, node):
        if not isinstance(node, _ast.BinOp):
            return
        known = _ARITHMETIC.get(type(node.op))
        if not known or self.is_text(node.left) or self.is_text(node.right):
            return
        where = self.operator_between(self.span(node.left)[1], self.span(node.right)[0])
        if where:
            self.swap('ArithmeticOperator', node, where[0], where[1], known[1])

    def augassign(self, node):
        if not isinstance(node, _ast.AugAssign):
            return
        known = _ASSIGNMENT.get(type(node.op))
        if not known or self.is_text(node.value):
            return
        where = self.operator_between(self.span(node.target)[1], self.span(node.value)[0])
        if where:
            self.swap('AssignmentOperator', node, where[0], where[1], known[1])

    def unary(self, node):
        if not isinstance(node, _ast.UnaryOp):
            return
        start = self.span(node)[0]
        operand = self.span(node.operand)[0]
        if isinstance(node.op, _ast.Not):
            # Stryker's BooleanLiteral turns !x into x.
            self.add('BooleanLiteral', start, self.span(node)[1],
                     self.src.text[operand:self.span(node)[1]])
            return
        known = _UNARY.get(type(node.op))
        if known:
            self.swap('UnaryOperator', node, start, start + len(known[0]), known[1])

    def constant(self, node):
        if not isinstance(node, _ast.Constant):
            return
        start, end = self.span(node)
        if node.value is True or node.value is False:
            self.add('BooleanLiteral', start, end, 'False' if node.value else 'True')
        elif isinstance(node.value, str):
            self.add('StringLiteral', start, end, '""' if node.value else '"Stryker was here!"')

    def joined(self, node):
        if isinstance(node, _ast.JoinedStr) and node.values:
            start, end = self.span(node)
            self.add('StringLiteral', start, end, '""')

    def display(self, node):
        start_end = None
        if isinstance(node, _ast.List) and isinstance(node.ctx, _ast.Load):
            start_end = self.span(node)
            self.add('ArrayDeclaration', *start_end, '[]' if node.elts else '["Stryker was here"]')
        elif isinstance(node, _ast.Dict) and node.keys:
            self.add('ObjectLiteral', *self.span(node), '{}')

    def call(self, node):
        """MethodExpression: min/max, any/all and string-method twins swapped; a sorted() or
        reversed() call replaced by its argument (Stryker drops sort() and reverse())."""
        if not isinstance(node, _ast.Call):
            return
        func = node.func
        if isinstance(func, _ast.Name) and func.id in _BUILTIN_SWAPS:
            start, end = self.span(func)
            self.swap('MethodExpression', node, start, end, _BUILTIN_SWAPS[func.id])
        elif isinstance(func, _ast.Name) and func.id in _DROPPED_CALLS and len(node.args) == 1 \
                and not isinstance(node.args[0], _ast.Starred):
            start, end = self.span(node.args[0])
            self.add('MethodExpression', *self.span(node), self.src.text[start:end])
        elif isinstance(func, _ast.Attribute) and func.attr in _METHOD_SWAPS:
            end = self.span(func)[1]
            self.swap('MethodExpression', node, end - len(func.attr), end, _METHOD_SWAPS[func.attr])

    def is_text(self, node):
        return isinstance(node, _ast.JoinedStr) or (
            isinstance(node, _ast.Constant) and isinstance(node.value, (str, bytes)))


def mutants(text):
    """Every mutant of a Python source as JSON: [{mutator, line, column, endLine, endColumn,
    replacement}], ranges 1-based (end exclusive), in source order. Nothing is executed."""
    try:
        return _json.dumps({'ok': True, 'mutants': _Generator(text).run()})
    except SyntaxError as error:
        return _json.dumps({'ok': False, 'error': 'SyntaxError: %s (line %s)' % (error.msg, error.lineno)})
`;
