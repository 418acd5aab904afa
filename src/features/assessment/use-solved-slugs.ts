import { useEffect, useState } from 'react';
import { assessmentRecords } from '../../store/assessment-records';
import { roundRecords } from '../../store/round-records';

/**
 * Problems already solved (every test passed) in a saved round or assessment; presets draw
 * the others first. Unreadable records simply count as nothing solved.
 */
export function useSolvedSlugs(): string[] {
  const [solved, setSolved] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    void Promise.all([
      // Summaries, not records: a thousand saved rounds are read in milliseconds.
      roundRecords()
        .summaries()
        .catch(() => ({ summaries: [] })),
      assessmentRecords()
        .list()
        .catch(() => ({ assessments: [] })),
    ]).then(([{ summaries }, { assessments }]) => {
      const slugs = new Set<string>();
      for (const r of summaries) if (r.outcome === 'passed') slugs.add(r.problemSlug);
      for (const a of assessments)
        for (const p of a.problems) {
          const all = p.result ? p.result.visible.total + p.result.hidden.total : 0;
          if (p.result && all > 0 && p.result.visible.passed + p.result.hidden.passed === all)
            slugs.add(p.slug);
        }
      if (live) setSolved([...slugs]);
    });
    return () => {
      live = false;
    };
  }, []);
  return solved;
}
