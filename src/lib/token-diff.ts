/** One run of characters in a two-sided diff. */
export interface DiffPart {
  text: string;
  /** `same` on both sides; `changed` only on the side being rendered. */
  kind: 'same' | 'changed';
}

export interface TokenDiff {
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

/**
 * Splits a displayed value into the units a person compares: numbers and words (true, null,
 * names, the words inside a string) stay whole; every other character is a unit of its own
 * (brackets, commas, quotes, and each whitespace character, so an extra space still shows).
 */
export function tokenize(text: string): string[] {
  return text.match(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?n?|[\p{L}_$][\p{L}\p{N}_$]*|[\s\S]/gu) ?? [];
}

/** Marks, per side, which tokens of `a` and `b` are outside their longest common subsequence. */
function lcsMarks(a: string[], b: string[]): { inA: boolean[]; inB: boolean[] } {
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

function toParts(tokens: string[], kept: boolean[]): DiffPart[] {
  const parts: DiffPart[] = [];
  tokens.forEach((token, i) => pushPart(parts, token, kept[i] ? 'same' : 'changed'));
  return parts;
}

/**
 * Token-level diff of an expected and an actual display string: `false` against `true` marks
 * the whole word, not "fals" against "tru". Common leading and trailing tokens are set aside
 * first, so the usual "one element differs" case stays cheap even for long outputs.
 */
export function diffTokens(expected: string, actual: string): TokenDiff {
  const a = tokenize(expected);
  const b = tokenize(actual);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  let midPartsA: DiffPart[];
  let midPartsB: DiffPart[];
  if ((midA.length + 1) * (midB.length + 1) > MAX_CELLS) {
    midPartsA = [{ text: midA.join(''), kind: 'changed' }];
    midPartsB = [{ text: midB.join(''), kind: 'changed' }];
  } else {
    const { inA, inB } = lcsMarks(midA, midB);
    midPartsA = toParts(midA, inA);
    midPartsB = toParts(midB, inB);
  }
  const build = (middle: DiffPart[]): DiffPart[] => {
    const parts: DiffPart[] = [];
    pushPart(parts, a.slice(0, start).join(''), 'same');
    for (const part of middle) pushPart(parts, part.text, part.kind);
    pushPart(parts, a.slice(endA).join(''), 'same');
    return parts;
  };
  return { expected: build(midPartsA), actual: build(midPartsB) };
}

/** Spaces as ·, tabs as →, newlines as ⏎ (the line break is kept so the layout still reads). */
export function showWhitespace(text: string): string {
  return text.replace(/ /g, '·').replace(/\t/g, '→').replace(/\r/g, '␍').replace(/\n/g, '⏎\n');
}
