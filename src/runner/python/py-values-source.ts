/**
 * Python source: the values user code receives and returns. ListNode and TreeNode (in scope
 * for user code), test data → list and tree shapes and back, and returned values → JSON
 * (tuples and deques become lists, sets sorted lists, dict keys strings as in JSON).
 * Run first in every Pyodide runtime; the harness and the timing loop build on it.
 */
export const PY_VALUES = String.raw`
import json as _json
import reprlib as _reprlib
from collections import deque as _deque
from sys import getrefcount as _refs


def _alone():
    node = []
    return _refs(node)


# What getrefcount reads for an object held by one local variable only (the interpreter's
# borrowed references make this differ between versions).
_ALONE = _alone()


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

    # Freeing a long chain recurses once per node in C, which overflows the WebAssembly stack
    # (a fatal error that ends the runtime) at ~50,000 nodes: unlink the nodes nobody else holds.
    def __del__(self):
        node = self.next
        self.next = None
        while isinstance(node, ListNode) and _refs(node) <= _ALONE:
            node.next, node = None, node.next

    def __repr__(self):
        out, node, seen = [], self, set()
        while node is not None and id(node) not in seen and len(out) < 20:
            seen.add(id(node))
            out.append(repr(node.val))
            node = node.next
        return 'ListNode(' + ' -> '.join(out) + (' -> ...' if node is not None else '') + ')'


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

    def __del__(self):
        stack = [self.left, self.right]
        self.left = self.right = None
        while stack:
            node = stack.pop()
            if isinstance(node, TreeNode) and _refs(node) <= _ALONE:
                stack.append(node.left)
                stack.append(node.right)
                node.left = node.right = None

    def __repr__(self):
        return 'TreeNode(' + repr(self.val) + ')'


_repr = _reprlib.Repr()
_repr.maxlist = _repr.maxtuple = _repr.maxset = _repr.maxdict = _repr.maxdeque = 50
_repr.maxstring = _repr.maxother = 2000
_repr.maxlevel = 6


def _display(value):
    try:
        text = _repr.repr(value)
    except BaseException:
        text = '<a value that cannot be displayed>'
    return text if len(text) <= 5000 else text[:5000] + '…'


class _NotJson(Exception):
    pass


def _key(k):
    if isinstance(k, str):
        return k
    if k is None:
        return 'null'
    if isinstance(k, bool):
        return 'true' if k else 'false'
    if isinstance(k, (int, float)):
        return _json.dumps(k)
    raise _NotJson()


def to_json(v, depth=0):
    """A returned Python value as JSON data: tuples and deques become lists, sets sorted lists."""
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        if v != v or v in (float('inf'), float('-inf')):
            raise _NotJson()
        return float(v)
    if depth > 500:
        raise _NotJson()
    if isinstance(v, (list, tuple, _deque)):
        return [to_json(x, depth + 1) for x in v]
    if isinstance(v, dict):
        return {_key(k): to_json(x, depth + 1) for k, x in v.items()}
    if isinstance(v, (set, frozenset)):
        items = [to_json(x, depth + 1) for x in v]
        try:
            items.sort()
        except TypeError:
            pass
        return items
    raise _NotJson()


def to_user_shape(value, shape):
    if shape == 'list':
        head = None
        for x in reversed(value or []):
            head = ListNode(x, head)
        return head
    if shape == 'tree':
        values = value or []
        if not values or values[0] is None:
            return None
        root = TreeNode(values[0])
        queue, i, head = [root], 1, 0
        while head < len(queue) and i < len(values):
            node = queue[head]
            head += 1
            for side in ('left', 'right'):
                if i >= len(values):
                    break
                v = values[i]
                i += 1
                if v is not None:
                    child = TreeNode(v)
                    setattr(node, side, child)
                    queue.append(child)
        return root
    return value


def from_user_shape(value, shape):
    if shape == 'list':
        out, seen, node = [], set(), value
        while node is not None:
            if not hasattr(node, 'next'):
                raise TypeError('expected a ListNode or None, got ' + type(node).__name__)
            if id(node) in seen or len(out) >= 1000000:
                raise ValueError('the returned list has a cycle')
            seen.add(id(node))
            out.append(node.val)
            node = node.next
        return out
    if shape == 'tree':
        out, seen, queue, head = [], set(), [value], 0
        while head < len(queue):
            node = queue[head]
            head += 1
            if node is None:
                out.append(None)
                continue
            if not hasattr(node, 'left'):
                raise TypeError('expected a TreeNode or None, got ' + type(node).__name__)
            if id(node) in seen:
                raise ValueError('the returned tree has a cycle')
            seen.add(id(node))
            out.append(node.val)
            queue.append(node.left)
            queue.append(node.right)
        while out and out[-1] is None:
            out.pop()
        return out
    return value
`;
