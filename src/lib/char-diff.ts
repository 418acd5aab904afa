/** One run of characters in a two-sided diff. */
export interface DiffPart {
  text: string;
  /** `same` on both sides; `changed` only on the side being rendered. */
  kind: 'same' | 'changed';
}

export interface CharDiff {
  expected: DiffPart[];
  actual: DiffPart[];
}

/** Above this many DP cells the middle is marked changed wholesale (keeps a huge output from freezing the tab). */
const MAX_CELLS = 250_000;

function pushPart(parts: DiffPart[], text: string, kind: DiffPart['kind']): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ text, kind });
}

/** Marks, per side, which characters of `a` and `b` are outside their longest common subsequence. */
function lcsMarks(a: string, b: string): { inA: boolean[]; inB: boolean[] } {
  const n = a.length;
  const m = b.length;
  const table = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => table[i * (m + 1) + j] ?? 0;
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      table[i * (m + 1) + j] =
        a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const inA = new Array<boolean>(n).fill(false);
  const inB = new Array<boolean>(m).fill(false);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      inA[i] = true;
      inB[j] = true;
      i += 1;
      j += 1;
    } else if (at(i + 1, j) >= at(i, j + 1)) i += 1;
    else j += 1;
  }
  return { inA, inB };
}

function toParts(text: string, kept: boolean[]): DiffPart[] {
  const parts: DiffPart[] = [];
  for (let i = 0; i < text.length; i += 1)
    pushPart(parts, text[i] ?? '', kept[i] ? 'same' : 'changed');
  return parts;
}

/**
 * Character-level diff of an expected and an actual display string. Common prefix and suffix are
 * trimmed first, so the usual "one element differs" case stays cheap even for long outputs.
 */
export function diffChars(expected: string, actual: string): CharDiff {
  let start = 0;
  while (start < expected.length && start < actual.length && expected[start] === actual[start])
    start += 1;
  let endE = expected.length;
  let endA = actual.length;
  while (endE > start && endA > start && expected[endE - 1] === actual[endA - 1]) {
    endE -= 1;
    endA -= 1;
  }
  const midE = expected.slice(start, endE);
  const midA = actual.slice(start, endA);
  const prefix = expected.slice(0, start);
  const suffix = expected.slice(endE);

  let midPartsE: DiffPart[];
  let midPartsA: DiffPart[];
  if ((midE.length + 1) * (midA.length + 1) > MAX_CELLS) {
    midPartsE = [{ text: midE, kind: 'changed' }];
    midPartsA = [{ text: midA, kind: 'changed' }];
  } else {
    const { inA, inB } = lcsMarks(midE, midA);
    midPartsE = toParts(midE, inA);
    midPartsA = toParts(midA, inB);
  }
  const build = (middle: DiffPart[]): DiffPart[] => {
    const parts: DiffPart[] = [];
    pushPart(parts, prefix, 'same');
    for (const part of middle) pushPart(parts, part.text, part.kind);
    pushPart(parts, suffix, 'same');
    return parts;
  };
  return { expected: build(midPartsE), actual: build(midPartsA) };
}

/** Spaces as ·, tabs as →, newlines as ⏎ (the line break is kept so the layout still reads). */
export function showWhitespace(text: string): string {
  return text.replace(/ /g, '·').replace(/\t/g, '→').replace(/\r/g, '␍').replace(/\n/g, '⏎\n');
}
