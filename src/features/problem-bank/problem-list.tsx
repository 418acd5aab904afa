import { Link } from 'react-router';
import { DifficultyBadge } from '../../components/difficulty-badge';
import { ProblemStatusBadge } from '../../components/problem-status-badge';
import { TagList } from '../../components/tag-list';
import { statusOf, type ProblemStatus } from '../../domain/practice/problem-status';
import type { ProblemSummary } from '../../domain/problem/problem.schema';
import { useSettings } from '../../store/selectors';

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
        <li key={p.slug} className="problem-card">
          <Link className="problem-link" to={`/problems/${p.slug}`}>
            {p.title}
          </Link>
          <div className="problem-card-meta">
            {!hide && <DifficultyBadge difficulty={p.difficulty} />}
            <span className="minutes">{p.timeLimitMinutes} min</span>
            {statuses && <ProblemStatusBadge status={statusOf(statuses, p.slug)} />}
          </div>
          {!hide && <TagList tags={p.tags} label={`Tags for ${p.title}`} />}
        </li>
      ))}
    </ul>
  );
}
