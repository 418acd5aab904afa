/**
 * Complexity classes the app reasons about. Canonical keys match the `--json`
 * output of the complexity CLI ("1", "log n", "n", ...).
 */
export const COMPLEXITY_CLASSES = [
  '1',
  'log n',
  'n',
  'n log n',
  'n^2',
  'n^3',
  '2^n',
  'n!',
] as const;
export type ComplexityClass = (typeof COMPLEXITY_CLASSES)[number];

/** How each class is shown to people. */
export const COMPLEXITY_LABELS: Record<ComplexityClass, string> = {
  '1': 'O(1)',
  'log n': 'O(log n)',
  n: 'O(n)',
  'n log n': 'O(n log n)',
  'n^2': 'O(n²)',
  'n^3': 'O(n³)',
  '2^n': 'O(2ⁿ)',
  'n!': 'O(n!)',
};

const SUPERSCRIPTS: Record<string, string> = { '²': '^2', '³': '^3', ⁿ: '^n' };

/**
 * Maps a written complexity such as "O(n log n)", "O(N^2)" or "O(2ⁿ)" to its
 * canonical class, or null when it is not one of the single-variable classes
 * (for example "O(n·m)" or "O(V + E)").
 */
export function parseComplexity(text: string): ComplexityClass | null {
  let s = text.trim().replace(/[²³ⁿ]/g, (c) => SUPERSCRIPTS[c] ?? c);
  const inner = /^O\s*\((.*)\)$/i.exec(s);
  if (inner?.[1] !== undefined) s = inner[1];
  s = s
    .toLowerCase()
    .replace(/[*·×]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s*\^\s*/g, '^')
    .trim();
  s = s.replace(/\blog\s*\(\s*n\s*\)/g, 'log n').replace(/\blg n\b/g, 'log n');
  const aliases: Record<string, ComplexityClass> = {
    '1': '1',
    'log n': 'log n',
    n: 'n',
    'n log n': 'n log n',
    'n logn': 'n log n',
    'nlog n': 'n log n',
    nlogn: 'n log n',
    'n^2': 'n^2',
    'n n': 'n^2',
    'n^3': 'n^3',
    '2^n': '2^n',
    'n!': 'n!',
  };
  return aliases[s] ?? null;
}

/** How an estimate compares with the reference: the same class, a neighbouring class, or wrong. */
export type EstimateVerdict = 'match' | 'off-by-one' | 'wrong';

function normalizeFree(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '').replace(/[·*×]/g, '');
}

/**
 * Judges a complexity estimate against the reference. Classes are ordered
 * (1 < log n < n < n log n < n² < n³ < 2ⁿ < n!); a neighbour is "off by one".
 * Forms outside that list (O(n·m)) only match when written the same way.
 */
export function judgeEstimate(estimate: string, reference: string): EstimateVerdict {
  const a = parseComplexity(estimate);
  const b = parseComplexity(reference);
  if (a && b) {
    const distance = Math.abs(COMPLEXITY_CLASSES.indexOf(a) - COMPLEXITY_CLASSES.indexOf(b));
    return distance === 0 ? 'match' : distance === 1 ? 'off-by-one' : 'wrong';
  }
  const strip = (s: string) => normalizeFree(s).replace(/^o\((.*)\)$/, '$1');
  return strip(estimate) !== '' && strip(estimate) === strip(reference) ? 'match' : 'wrong';
}
