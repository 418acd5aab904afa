/** One line of one side of a line diff. */
export interface DiffLine {
  text: string;
  /** True when the line is not part of the longest common run of lines shared with the other side. */
  changed: boolean;
}

/** Above this many table cells every line is marked changed (keeps huge code from freezing the tab). */
const MAX_CELLS = 1_000_000;

/** Trailing spaces and indentation width are ignored: a re-indented line is not a different line. */
const norm = (line: string) => line.trim();

/**
 * A line diff of `mine` against `theirs` (longest common subsequence of trimmed lines):
 * each side's lines, marked where they differ. Pure; O(n·m) time and memory.
 */
export function diffLines(mine: string, theirs: string): { mine: DiffLine[]; theirs: DiffLine[] } {
  const a = mine.replace(/\n$/, '').split('\n');
  const b = theirs.replace(/\n$/, '').split('\n');
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS) {
    return {
      mine: a.map((text) => ({ text, changed: true })),
      theirs: b.map((text) => ({ text, changed: true })),
    };
  }
  const table = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => table[i * (m + 1) + j] ?? 0;
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      table[i * (m + 1) + j] =
        norm(a[i] ?? '') === norm(b[j] ?? '')
          ? at(i + 1, j + 1) + 1
          : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const inA = new Array<boolean>(n).fill(false);
  const inB = new Array<boolean>(m).fill(false);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (norm(a[i] ?? '') === norm(b[j] ?? '')) {
      inA[i] = true;
      inB[j] = true;
      i += 1;
      j += 1;
    } else if (at(i + 1, j) >= at(i, j + 1)) i += 1;
    else j += 1;
  }
  return {
    mine: a.map((text, k) => ({ text, changed: !inA[k] && text.trim() !== '' })),
    theirs: b.map((text, k) => ({ text, changed: !inB[k] && text.trim() !== '' })),
  };
}
