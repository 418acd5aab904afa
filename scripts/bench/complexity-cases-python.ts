/**
 * The Big-O accuracy suite in Python: the same cases as complexity-cases.ts (names, expected
 * classes, parameters, shapes and generators come from there), each function written in
 * Python with the same algorithm, so the growth class is the same.
 */
import { ACCURACY_CASES, type AccuracyCase } from './complexity-cases';

/** Python code by case name; every case of ACCURACY_CASES has exactly one. */
const PYTHON: Record<string, string> = {
  'constant: length and first element': `
def f(nums):
    return len(nums) + (nums[0] if nums else 0)
`,
  'constant: fixed 64-step loop': `
def f(n):
    x = 0
    for i in range(64):
        x = (x + i * n) & 0xFFFFFFFF
    return x
`,
  'constant: middle element lookup': `
def f(nums):
    return nums[len(nums) // 2] if nums else -1
`,
  'log n: binary search': `
def f(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
`,
  'log n: halving a number': `
def f(n):
    steps = 0
    while n > 1:
        n //= 2
        steps += 1
    return steps
`,
  'log n: exponentiation by squaring': `
def f(e):
    mod = 1000003
    base, result = 3, 1
    while e > 0:
        if e & 1:
            result = result * base % mod
        base = base * base % mod
        e //= 2
    return result
`,
  'n: sum of an array': `
def f(nums):
    s = 0
    for x in nums:
        s += x
    return s
`,
  'n: maximum by index loop': `
def f(nums):
    m = float('-inf')
    for i in range(len(nums)):
        if nums[i] > m:
            m = nums[i]
    return m
`,
  'n: hash-set building': `
def f(nums):
    seen = set()
    for x in nums:
        seen.add(x)
    return len(seen)
`,
  'n: frequency map of characters': `
def f(s):
    counts = {}
    for c in s:
        counts[c] = counts.get(c, 0) + 1
    return len(counts)
`,
  'n: prefix sums': `
def f(nums):
    p = [0] * (len(nums) + 1)
    for i, x in enumerate(nums):
        p[i + 1] = p[i] + x
    return p[len(nums)]
`,
  'n: reverse a linked list (mutates its input)': `
def f(head):
    prev = None
    while head:
        nxt = head.next
        head.next = prev
        prev = head
        head = nxt
    return prev
`,
  'n log n: built-in numeric sort of a copy': `
def f(nums):
    return sorted(nums)[0]
`,
  'n log n: merge sort': `
def f(nums):
    def sort(a):
        if len(a) < 2:
            return a
        m = len(a) // 2
        left, right = sort(a[:m]), sort(a[m:])
        out = []
        i = j = 0
        while i < len(left) and j < len(right):
            if left[i] <= right[j]:
                out.append(left[i])
                i += 1
            else:
                out.append(right[j])
                j += 1
        out.extend(left[i:])
        out.extend(right[j:])
        return out

    return sort(nums)[0]
`,
  'n log n: heap sort': `
def f(nums):
    a = nums[:]
    n = len(a)

    def down(i, size):
        while True:
            m = i
            l, r = 2 * i + 1, 2 * i + 2
            if l < size and a[l] > a[m]:
                m = l
            if r < size and a[r] > a[m]:
                m = r
            if m == i:
                return
            a[i], a[m] = a[m], a[i]
            i = m

    for i in range(n // 2 - 1, -1, -1):
        down(i, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        down(0, end)
    return a[0]
`,
  'n log n: doubling stride over the array': `
def f(nums):
    s = 0
    w = 1
    while w < len(nums):
        for x in nums:
            s = (s + x) & 0xFFFFFFFF
        w *= 2
    return s
`,
  'n^2: count inverted pairs': `
def f(nums):
    c = 0
    n = len(nums)
    for i in range(n):
        for j in range(i + 1, n):
            if nums[i] > nums[j]:
                c += 1
    return c
`,
  'n^2: bubble sort in place (mutates its input)': `
def f(a):
    n = len(a)
    for i in range(n):
        for j in range(n - i - 1):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a[0] if a else None
`,
  'n^2: naive duplicate check': `
def f(nums):
    for i in range(len(nums)):
        for j in range(i):
            if nums[i] == nums[j]:
                return True
    return False
`,
  'n^3: triple loop': `
def f(n):
    c = 0
    for i in range(n):
        for j in range(n):
            for k in range(n):
                c = (c + (i ^ j ^ k)) & 0xFFFFFFFF
    return c
`,
  'n^3: matrix multiplication': `
def f(a, b):
    n = len(a)
    c = []
    for i in range(n):
        row = [0] * n
        for k in range(n):
            x = a[i][k]
            bk = b[k]
            for j in range(n):
                row[j] += x * bk[j]
        c.append(row)
    return len(c)
`,
  '2^n: naive recursive Fibonacci': `
def f(n):
    return n if n < 2 else f(n - 1) + f(n - 2)
`,
  '2^n: count subsets by recursion': `
def f(nums):
    count = 0

    def go(i, total):
        nonlocal count
        if i == len(nums):
            if total % 7 == 0:
                count += 1
            return
        go(i + 1, total + nums[i])
        go(i + 1, total)

    go(0, 0)
    return count
`,
  '2^n: towers of Hanoi moves': `
def f(n):
    moves = 0

    def move(k, a, b, c):
        nonlocal moves
        if k == 0:
            return
        move(k - 1, a, c, b)
        moves += 1
        move(k - 1, c, b, a)

    move(n, 1, 2, 3)
    return moves
`,
};

const missing = ACCURACY_CASES.filter((c) => !(c.name in PYTHON)).map((c) => c.name);
const extra = Object.keys(PYTHON).filter((name) => !ACCURACY_CASES.some((c) => c.name === name));
if (missing.length || extra.length)
  throw new Error(
    `complexity-cases-python: no Python for [${missing.join(', ')}]; no such case [${extra.join(', ')}]`,
  );

/** ACCURACY_CASES with their Python code: same problems (entry `f`, generators), same expected classes. */
export const PYTHON_ACCURACY_CASES: AccuracyCase[] = ACCURACY_CASES.map((c) => ({
  ...c,
  code: (PYTHON[c.name] ?? '').trimStart(),
}));
