/** One validated problem's place in the coverage table. */
export interface StatsRow {
  slug: string;
  difficulty: 'easy' | 'medium' | 'hard';
  tags: readonly string[];
  visible: number;
  hidden: number;
  /** Mutants of the reference the tests kill, of how many (from the mutation check). */
  killed?: number;
  mutants?: number;
  /** The same for the Python reference, where the problem has one. */
  pyKilled?: number;
  pyMutants?: number;
}

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: readonly (string | number)[]) =>
    cells
      .map((c, i) =>
        typeof c === 'number'
          ? String(c).padStart(widths[i] ?? 0)
          : String(c).padEnd(widths[i] ?? 0),
      )
      .join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Whole percent, rounded down so a score below 100 % never shows as 100 %. */
const percent = (part: number, whole: number) =>
  `${whole ? Math.floor((100 * part) / whole) : 100} %`;

/** The `validate --stats` coverage report: problems per pattern and difficulty, tests per problem, totals. */
export function formatStats(rows: readonly StatsRow[]): string {
  const levels = ['easy', 'medium', 'hard'] as const;
  const tags = [...new Set(rows.flatMap((r) => r.tags))].sort();
  const byTag = tags.map((tag) => {
    const withTag = rows.filter((r) => r.tags.includes(tag));
    return [
      tag,
      withTag.length,
      ...levels.map((l) => withTag.filter((r) => r.difficulty === l).length),
    ];
  });
  const total = rows.length || 1;
  const byLevel = levels.map((l) => {
    const n = rows.filter((r) => r.difficulty === l).length;
    return [l, n, `${Math.round((100 * n) / total)} %`];
  });
  const perProblem = [...rows]
    .sort((a, b) => a.slug.localeCompare(b.slug))
    .map((r) => [
      r.slug,
      r.difficulty,
      r.visible,
      r.hidden,
      r.visible + r.hidden,
      r.mutants === undefined ? '–' : `${r.killed}/${r.mutants}`,
      r.mutants === undefined ? '–' : percent(r.killed ?? 0, r.mutants),
      r.pyMutants === undefined ? '–' : `${r.pyKilled}/${r.pyMutants}`,
      r.pyMutants === undefined ? '–' : percent(r.pyKilled ?? 0, r.pyMutants),
    ]);
  const tests = rows.reduce((sum, r) => sum + r.visible + r.hidden, 0);
  const killed = rows.reduce((sum, r) => sum + (r.killed ?? 0), 0);
  const mutants = rows.reduce((sum, r) => sum + (r.mutants ?? 0), 0);
  const pyKilled = rows.reduce((sum, r) => sum + (r.pyKilled ?? 0), 0);
  const pyMutants = rows.reduce((sum, r) => sum + (r.pyMutants ?? 0), 0);
  return [
    'Problems per pattern',
    table(['pattern', 'problems', 'easy', 'medium', 'hard'], byTag),
    '',
    'Problems per difficulty',
    table(['difficulty', 'problems', 'share'], byLevel),
    '',
    'Tests per problem',
    table(
      [
        'problem',
        'difficulty',
        'visible',
        'hidden',
        'total',
        'mutants killed',
        'score',
        'py mutants killed',
        'py score',
      ],
      perProblem,
    ),
    '',
    `Total: ${rows.length} problems, ${tests} tests, ${killed}/${mutants} mutants killed (${percent(killed, mutants)}), Python ${pyKilled}/${pyMutants} (${percent(pyKilled, pyMutants)})`,
  ].join('\n');
}
