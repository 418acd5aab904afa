import { statusOf, type ProblemStatus } from '../../domain/practice/problem-status';
import type { ProblemSummary } from '../../domain/problem/problem.schema';
import { useSettings } from '../../store/selectors';
import { ProblemCard } from './problem-card';

interface ProblemListProps {
  problems: readonly ProblemSummary[];
  /** Solved / attempted per slug; null while they are read (no marks shown yet). */
  statuses?: ReadonlyMap<string, ProblemStatus> | null;
}

/**
 * The matching problems, each a link to its page with difficulty, suggested time, whether it is
 * solved, attempted or not tried, and tags (difficulty and tags left out when the user hides
 * them in Settings).
 */
export function ProblemList({ problems, statuses = null }: ProblemListProps) {
  const { hideDifficultyAndTags: hide } = useSettings();
  return (
    <ul className="problem-list">
      {problems.map((p) => (
        <ProblemCard
          key={p.slug}
          problem={p}
          status={statuses && statusOf(statuses, p.slug)}
          hide={hide}
        />
      ))}
    </ul>
  );
}
