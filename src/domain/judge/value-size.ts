/**
 * Size guards for values returned by untrusted code. A returned value that is
 * larger than the expected one, or holds a cycle, cannot equal it; finding that
 * out without walking it (an array of length 2^32-1 has four billion slots)
 * keeps comparing and sorting from freezing the judging side.
 */

/** Nodes in a plain JSON value from a problem's tests (each array slot, key and leaf counts). */
export function countNodes(value: unknown, cap = Number.MAX_SAFE_INTEGER): number {
  let count = 0;
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length && count <= cap) {
    const v = stack.pop();
    count += 1;
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      count += v.length;
      if (count <= cap) for (let i = 0; i < v.length; i += 1) stack.push(v[i]);
    } else {
      const values = Object.values(v);
      count += values.length;
      if (count <= cap) stack.push(...values);
    }
  }
  return count;
}

/**
 * True when `actual` has more nodes than `limit` or refers back to itself;
 * stops as soon as either is known, whatever the value's size.
 */
export function exceedsOrCycles(actual: unknown, limit: number): boolean {
  let count = 0;
  const onPath = new Set<object>();
  const visit = (v: unknown, depth: number): boolean => {
    count += 1;
    if (count > limit || depth > 2000) return true;
    if (typeof v !== 'object' || v === null) return false;
    if (onPath.has(v)) return true;
    onPath.add(v);
    try {
      if (Array.isArray(v)) {
        count += v.length;
        if (count > limit) return true;
        for (let i = 0; i < v.length; i += 1) if (visit(v[i], depth + 1)) return true;
        return false;
      }
      for (const key in v) {
        count += 1;
        if (count > limit) return true;
        if (visit((v as Record<string, unknown>)[key], depth + 1)) return true;
      }
      return false;
    } finally {
      onPath.delete(v);
    }
  };
  return visit(actual, 0);
}
