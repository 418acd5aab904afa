/**
 * The Big-O accuracy suite: small functions whose growth class is known, each
 * with a generator, timed through the same engine as `npm run complexity`.
 */
import type { FitClass } from '../../src/domain/growth/growth-models';
import type { MeasurableProblem } from '../../src/runner/measure-session';

export interface AccuracyCase {
  name: string;
  expected: FitClass;
  problem: MeasurableProblem;
  code: string;
}

type Shape = 'json' | 'list' | 'tree';

function fn(
  name: string,
  expected: FitClass,
  params: string[],
  generator: string,
  code: string,
  shapes: Shape[] = [],
): AccuracyCase {
  const entry = {
    kind: 'function' as const,
    name: 'f',
    params: params.map((p, i) => ({
      name: p,
      type: 'unknown',
      shape: shapes[i] ?? ('json' as const),
    })),
    returns: { type: 'unknown', shape: 'json' as const },
  };
  return { name, expected, problem: { entry, generator }, code };
}

const RANDOM_INTS =
  'function generate(n, random) { const a = []; for (let i = 0; i < n; i++) a.push(Math.floor(random() * 1e6)); return [a]; }';
const SORTED_INTS =
  'function generate(n, random) { const a = []; let v = 0; for (let i = 0; i < n; i++) { v += 1 + Math.floor(random() * 5); a.push(v); } return [a, a[Math.floor(random() * n)] ?? 0]; }';
const JUST_N = 'function generate(n) { return [n]; }';
const WORD =
  "function generate(n, random) { let s = ''; for (let i = 0; i < n; i++) s += String.fromCharCode(97 + Math.floor(random() * 26)); return [s]; }";
const MATRIX =
  'function generate(n, random) { const m = () => Array.from({ length: n }, () => Array.from({ length: n }, () => Math.floor(random() * 10))); return [m(), m()]; }';

export const ACCURACY_CASES: AccuracyCase[] = [
  fn(
    'constant: length and first element',
    '1',
    ['nums'],
    RANDOM_INTS,
    'function f(nums) { return nums.length + (nums[0] ?? 0); }',
  ),
  fn(
    'constant: fixed 64-step loop',
    '1',
    ['n'],
    JUST_N,
    'function f(n) { let x = 0; for (let i = 0; i < 64; i++) x = (x + i * n) | 0; return x; }',
  ),
  fn(
    'constant: middle element lookup',
    '1',
    ['nums'],
    RANDOM_INTS,
    'function f(nums) { return nums[nums.length >> 1] ?? -1; }',
  ),
  fn(
    'log n: binary search',
    'log n',
    ['nums', 'target'],
    SORTED_INTS,
    'function f(nums, target) { let lo = 0, hi = nums.length - 1; while (lo <= hi) { const mid = (lo + hi) >> 1; if (nums[mid] === target) return mid; if (nums[mid] < target) lo = mid + 1; else hi = mid - 1; } return -1; }',
  ),
  fn(
    'log n: halving a number',
    'log n',
    ['n'],
    'function generate(n) { return [n * 1024]; }',
    'function f(n) { let steps = 0; while (n > 1) { n = Math.floor(n / 2); steps++; } return steps; }',
  ),
  fn(
    'log n: exponentiation by squaring',
    'log n',
    ['e'],
    'function generate(n) { return [n * 1024]; }',
    'function f(e) { const mod = 1000003; let base = 3, result = 1; while (e > 0) { if (e & 1) result = (result * base) % mod; base = (base * base) % mod; e = Math.floor(e / 2); } return result; }',
  ),
  fn(
    'n: sum of an array',
    'n',
    ['nums'],
    RANDOM_INTS,
    'function f(nums) { let s = 0; for (const x of nums) s += x; return s; }',
  ),
  fn(
    'n: maximum by index loop',
    'n',
    ['nums'],
    RANDOM_INTS,
    'function f(nums) { let m = -Infinity; for (let i = 0; i < nums.length; i++) if (nums[i] > m) m = nums[i]; return m; }',
  ),
  fn(
    'n: hash-set building',
    'n',
    ['nums'],
    RANDOM_INTS,
    'function f(nums) { const seen = new Set(); for (const x of nums) seen.add(x); return seen.size; }',
  ),
  fn(
    'n: frequency map of characters',
    'n',
    ['s'],
    WORD,
    'function f(s) { const m = new Map(); for (const c of s) m.set(c, (m.get(c) ?? 0) + 1); return m.size; }',
  ),
  fn(
    'n: prefix sums',
    'n',
    ['nums'],
    RANDOM_INTS,
    'function f(nums) { const p = new Array(nums.length + 1).fill(0); for (let i = 0; i < nums.length; i++) p[i + 1] = p[i] + nums[i]; return p[nums.length]; }',
  ),
  fn(
    'n: reverse a linked list (mutates its input)',
    'n',
    ['head'],
    RANDOM_INTS,
    'function f(head) { let prev = null; while (head) { const next = head.next; head.next = prev; prev = head; head = next; } return prev; }',
    ['list'],
  ),
  fn(
    'n log n: built-in numeric sort of a copy',
    'n log n',
    ['nums'],
    RANDOM_INTS,
    'function f(nums) { return nums.slice().sort((a, b) => a - b)[0]; }',
  ),
  fn(
    'n log n: merge sort',
    'n log n',
    ['nums'],
    RANDOM_INTS,
    'function f(nums) { const sort = (a) => { if (a.length < 2) return a; const m = a.length >> 1; const l = sort(a.slice(0, m)), r = sort(a.slice(m)); const out = []; let i = 0, j = 0; while (i < l.length && j < r.length) out.push(l[i] <= r[j] ? l[i++] : r[j++]); while (i < l.length) out.push(l[i++]); while (j < r.length) out.push(r[j++]); return out; }; return sort(nums)[0]; }',
  ),
  fn(
    'n log n: heap sort',
    'n log n',
    ['nums'],
    RANDOM_INTS,
    'function f(nums) { const a = nums.slice(); const n = a.length; const down = (i, size) => { for (;;) { let m = i; const l = 2 * i + 1, r = l + 1; if (l < size && a[l] > a[m]) m = l; if (r < size && a[r] > a[m]) m = r; if (m === i) return; [a[i], a[m]] = [a[m], a[i]]; i = m; } }; for (let i = (n >> 1) - 1; i >= 0; i--) down(i, n); for (let end = n - 1; end > 0; end--) { [a[0], a[end]] = [a[end], a[0]]; down(0, end); } return a[0]; }',
  ),
  fn(
    'n log n: doubling stride over the array',
    'n log n',
    ['nums'],
    RANDOM_INTS,
    'function f(nums) { let s = 0; for (let w = 1; w < nums.length; w *= 2) for (let i = 0; i < nums.length; i++) s = (s + nums[i]) | 0; return s; }',
  ),
  fn(
    'n^2: count inverted pairs',
    'n^2',
    ['nums'],
    RANDOM_INTS,
    'function f(nums) { let c = 0; for (let i = 0; i < nums.length; i++) for (let j = i + 1; j < nums.length; j++) if (nums[i] > nums[j]) c++; return c; }',
  ),
  fn(
    'n^2: bubble sort in place (mutates its input)',
    'n^2',
    ['nums'],
    RANDOM_INTS,
    'function f(a) { for (let i = 0; i < a.length; i++) for (let j = 0; j + 1 < a.length - i; j++) if (a[j] > a[j + 1]) { const t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; } return a[0]; }',
  ),
  fn(
    'n^2: naive duplicate check',
    'n^2',
    ['nums'],
    'function generate(n) { return [Array.from({ length: n }, (_, i) => i)]; }',
    'function f(nums) { for (let i = 0; i < nums.length; i++) for (let j = 0; j < i; j++) if (nums[i] === nums[j]) return true; return false; }',
  ),
  fn(
    'n^3: triple loop',
    'n^3',
    ['n'],
    JUST_N,
    'function f(n) { let c = 0; for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) for (let k = 0; k < n; k++) c = (c + (i ^ j ^ k)) | 0; return c; }',
  ),
  fn(
    'n^3: matrix multiplication',
    'n^3',
    ['a', 'b'],
    MATRIX,
    'function f(a, b) { const n = a.length; const c = []; for (let i = 0; i < n; i++) { const row = new Array(n).fill(0); for (let k = 0; k < n; k++) { const x = a[i][k]; const bk = b[k]; for (let j = 0; j < n; j++) row[j] += x * bk[j]; } c.push(row); } return c.length; }',
  ),
  fn(
    '2^n: naive recursive Fibonacci',
    '2^n',
    ['n'],
    JUST_N,
    'function f(n) { return n < 2 ? n : f(n - 1) + f(n - 2); }',
  ),
  fn(
    '2^n: count subsets by recursion',
    '2^n',
    ['nums'],
    'function generate(n, random) { return [Array.from({ length: n }, () => Math.floor(random() * 100))]; }',
    'function f(nums) { let count = 0; const go = (i, sum) => { if (i === nums.length) { if (sum % 7 === 0) count++; return; } go(i + 1, sum + nums[i]); go(i + 1, sum); }; go(0, 0); return count; }',
  ),
  fn(
    '2^n: towers of Hanoi moves',
    '2^n',
    ['n'],
    JUST_N,
    'function f(n) { let moves = 0; const move = (k, a, b, c) => { if (k === 0) return; move(k - 1, a, c, b); moves++; move(k - 1, c, b, a); }; move(n, 1, 2, 3); return moves; }',
  ),
];
