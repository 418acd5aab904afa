/**
 * Python source: the harness proper. It talks to the JavaScript half (python-sandbox.ts) in
 * JSON strings only, so no Python object crosses into JavaScript and no JavaScript object
 * reaches user code. Guards (input, open, exit, blocked imports) give clear errors for the
 * usual mistakes; the boundary itself is the worker (browser) or the jail (CLI) around it.
 */
export const PY_HARNESS = String.raw`import builtins as _builtins
import json as _json
import linecache as _linecache
import sys as _sys
import time as _time
import traceback as _traceback

USER_FILE = 'solution.py'
LIMITS = {'lines': 200, 'chars': 20000, 'line_chars': 2000}
# Modules that reach outside the sandbox (files, processes, the network, the JavaScript
# host) or around these guards. Importing them from user code is a clear error.
BLOCKED = frozenset((
    'js', 'pyodide', 'pyodide_js', '_pyodide', '_pyodide_core', 'micropip', 'os', 'posix', 'nt',
    'subprocess', 'socket', 'ssl', 'http', 'urllib', 'ftplib', 'smtplib', 'ctypes', '_ctypes',
    'shutil', 'pathlib', 'tempfile', 'glob', 'io', '_io', 'builtins', 'importlib', 'multiprocessing',
    'pty', 'signal', 'mmap', 'fcntl', 'resource', 'webbrowser', 'sqlite3', 'zipimport',
))
_real_import = _builtins.__import__


def _guarded_import(name, globals=None, locals=None, fromlist=(), level=0):
    top = name.split('.')[0]
    if level == 0 and top in BLOCKED:
        raise ImportError(
            "module '" + name + "' is not available here: solutions run in a sandbox without "
            'files, processes, network or the browser (the standard library otherwise works)',
            name=name)
    return _real_import(name, globals, locals, fromlist, level)


def _no_input(*args):
    raise RuntimeError('input() is not available: the tests pass each input to your function as arguments')


def _no_open(*args, **kwargs):
    raise PermissionError('open() is not available: solutions cannot read or write files')


def _no_exit(*args):
    raise RuntimeError('exit() was called: return the answer from your function instead')


def _user_builtins():
    scope = dict(_builtins.__dict__)
    scope['__import__'] = _guarded_import
    scope['input'] = _no_input
    scope['open'] = _no_open
    scope['exit'] = _no_exit
    scope['quit'] = _no_exit
    for name in ('help', 'breakpoint', 'copyright', 'credits', 'license'):
        scope.pop(name, None)
    return scope


class _Output:
    """print() output, kept per test with caps (lines, characters, one line's length)."""

    def __init__(self):
        self.take()

    def take(self):
        for level, part in getattr(self, 'partial', {}).items():
            if part:
                self._emit(level, part)
        out = {'lines': self.lines if hasattr(self, 'lines') else []}
        if getattr(self, 'dropped', 0):
            d = self.dropped
            out['truncated'] = (str(d) + ' more output line' + ('' if d == 1 else 's') +
                                ' not shown (output is capped at ' + str(LIMITS['lines']) +
                                ' lines / ' + str(LIMITS['chars']) + ' characters)')
        self.lines, self.chars, self.dropped, self.partial = [], 0, 0, {'log': '', 'error': ''}
        return out

    def _emit(self, level, text):
        if len(self.lines) >= LIMITS['lines'] or self.chars >= LIMITS['chars']:
            self.dropped += 1
            return
        if len(text) > LIMITS['line_chars']:
            text = text[:LIMITS['line_chars']] + '… (line cut)'
        if self.chars + len(text) > LIMITS['chars']:
            text = text[:LIMITS['chars'] - self.chars]
        self.chars += len(text)
        self.lines.append({'level': level, 'text': text})

    def write(self, level, text):
        text = str(text)
        parts = (self.partial[level] + text).split('\n')
        for line in parts[:-1]:
            self._emit(level, line)
        rest = parts[-1]
        # A line printed without end: keep a bounded tail so memory stays small.
        self.partial[level] = rest[:LIMITS['line_chars'] + 1]
        return len(text)


_output = _Output()


class _Stream:
    def __init__(self, level):
        self.level = level
        self.encoding = 'utf-8'

    def write(self, text):
        return _output.write(self.level, text)

    def flush(self):
        pass

    def isatty(self):
        return False


class _NoInput:
    def read(self, *args):
        return _no_input()

    readline = read
    readlines = read

    def __iter__(self):
        return iter(())


_sys.stdout = _Stream('log')
_sys.stderr = _Stream('error')
_sys.stdin = _NoInput()
def _describe(exc, kind='runtime'):
    try:
        message = str(exc)
    except BaseException:
        message = '<the exception message cannot be displayed>'
    info = {'kind': kind, 'name': type(exc).__name__, 'message': message, 'frames': []}
    if isinstance(exc, SyntaxError) and exc.filename == USER_FILE:
        info['kind'] = 'compile'
        info['message'] = str(exc.msg)
        if exc.lineno:
            info['location'] = {'line': exc.lineno, 'column': max(1, exc.offset or 1)}
        return info
    if isinstance(exc, RecursionError):
        info['message'] += ' (infinite recursion, or a depth the stack cannot hold)'
    try:
        for f in _traceback.extract_tb(exc.__traceback__):
            info['frames'].append({'file': f.filename, 'line': f.lineno or 0,
                                   'column': (f.colno or 0) + 1, 'name': f.name,
                                   'source': (f.line or '').strip()})
    except BaseException:
        pass
    return info


_state = {'entry': None, 'spec': None, 'names': {}}


def _snake(name):
    return _state['names'].get(name, name)


def _find_entry(scope, spec):
    names = [spec['pyName'], spec['name']]
    if spec['kind'] == 'class':
        for n in names:
            v = scope.get(n)
            if isinstance(v, type):
                return v
        return None
    for n in names:
        v = scope.get(n)
        if callable(v) and not isinstance(v, type):
            return v
    sol = scope.get('Solution')
    if isinstance(sol, type):
        for n in names:
            if callable(getattr(sol, n, None)):
                return getattr(sol(), n)
    return None


def load(code, spec_json):
    spec = _json.loads(spec_json)
    _state.update(entry=None, spec=spec)
    _sys.setrecursionlimit(spec.get('recursionLimit', 1000))
    _linecache.cache[USER_FILE] = (len(code), None, code.splitlines(True), USER_FILE)
    try:
        compiled = compile(code, USER_FILE, 'exec', dont_inherit=True)
    except SyntaxError as exc:
        return _json.dumps({'ok': False, 'error': _describe(exc, 'compile')})
    scope = {'__name__': '__main__', '__builtins__': _user_builtins(),
             'ListNode': ListNode, 'TreeNode': TreeNode}
    try:
        exec(compiled, scope)
        entry = _find_entry(scope, spec)
    except BaseException as exc:
        return _json.dumps({'ok': False, 'error': _describe(exc)})
    if entry is None:
        py, what = spec['pyName'], spec['kind']
        message = ('Define a class named ' + spec['name'] + ': the tests call it by that name.'
                   if what == 'class' else
                   'Define a function named ' + py + ' (or a class Solution with a method ' + py +
                   '): the tests call it by that name.')
        return _json.dumps({'ok': False, 'error': {'kind': 'compile', 'name': 'MissingEntry',
                                                   'message': message, 'frames': []}})
    _state['entry'] = entry
    return _json.dumps({'ok': True})


def _method(instance, name):
    for n in (_snake(name), name):
        fn = getattr(instance, n, None)
        if callable(fn):
            return fn
    raise AttributeError(type(instance).__name__ + ' has no method ' + _snake(name))


def _call(args):
    spec, entry = _state['spec'], _state['entry']
    if spec['kind'] == 'class':
        ctor, calls = args[0], args[1:]
        instance = entry(*ctor[1:])
        results = [None]
        for call in calls:
            results.append(_method(instance, call[0])(*call[1:]))
        return results
    shapes = spec['paramShapes']
    adapted = [to_user_shape(a, shapes[i] if i < len(shapes) else 'json') for i, a in enumerate(args)]
    return from_user_shape(entry(*adapted), spec['returnShape'])


def run_case(args_json, names_json):
    _state['names'] = _json.loads(names_json)
    started = _time.perf_counter()
    try:
        value = _call(_json.loads(args_json))
        ms = (_time.perf_counter() - started) * 1000
        try:
            outcome = {'ok': True, 'returned': {'clonable': True, 'value': to_json(value)}}
        except _NotJson:
            outcome = {'ok': True, 'returned': {'clonable': False, 'display': _display(value)}}
    except BaseException as exc:
        ms = (_time.perf_counter() - started) * 1000
        outcome = {'ok': False, 'error': _describe(exc)}
    return _json.dumps({'outcome': outcome, 'console': _output.take(), 'ms': ms})
`;
