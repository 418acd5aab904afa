/**
 * JSON-like text of any value, written only up to `limit` characters: a value
 * returned by untrusted code may be huge, sparse (length 2^32-1), cyclic, very
 * deep or hold BigInts, and JSON.stringify would then throw or run for seconds.
 */
const MAX_DEPTH = 100;

export function boundedJson(value: unknown, limit: number): { text: string; cut: boolean } {
  let out = '';
  const full = () => out.length > limit;
  const onPath = new Set<object>();

  const write = (v: unknown, depth: number): void => {
    if (full()) return;
    if (v === null || v === undefined || typeof v === 'function' || typeof v === 'symbol') {
      out += 'null';
    } else if (typeof v === 'bigint') {
      out += `${v}n`;
    } else if (typeof v === 'number') {
      out += Number.isFinite(v) ? String(v) : 'null';
    } else if (typeof v === 'string') {
      out += JSON.stringify(v.length > limit ? v.slice(0, limit + 1) : v);
    } else if (typeof v === 'boolean') {
      out += String(v);
    } else if (onPath.has(v)) {
      out += '"[Circular]"';
    } else if (depth >= MAX_DEPTH) {
      out += Array.isArray(v) ? '[…]' : '{…}';
    } else {
      onPath.add(v);
      if (Array.isArray(v)) {
        out += '[';
        for (let i = 0; i < v.length && !full(); i += 1) {
          if (i > 0) out += ',';
          write(v[i], depth + 1);
        }
        out += ']';
      } else {
        out += '{';
        let first = true;
        for (const key in v) {
          if (full()) break;
          const item = (v as Record<string, unknown>)[key];
          if (item === undefined || typeof item === 'function' || typeof item === 'symbol')
            continue;
          out += `${first ? '' : ','}${JSON.stringify(key)}:`;
          first = false;
          write(item, depth + 1);
        }
        out += '}';
      }
      onPath.delete(v);
    }
  };
  write(value, 0);
  return full() ? { text: out.slice(0, limit), cut: true } : { text: out, cut: false };
}
