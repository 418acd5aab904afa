import { Link } from 'react-router';
import { DifficultyBadge } from '../../components/difficulty-badge';
import { TagList } from '../../components/tag-list';
import type { ProblemSummary } from '../../domain/problem/problem.schema';

/** The matching problems, each a link to its page with difficulty, tags and suggested time. */
export function ProblemList({ problems }: { problems: readonly ProblemSummary[] }) {
  return (
    <ul className="problem-list">
      {problems.map((p) => (
        <li key={p.slug} className="problem-card">
          <Link className="problem-link" to={`/problems/${p.slug}`}>
            {p.title}
          </Link>
          <div className="problem-card-meta">
            <DifficultyBadge difficulty={p.difficulty} />
            <span className="minutes">{p.timeLimitMinutes} min</span>
          </div>
          <TagList tags={p.tags} label={`Tags for ${p.title}`} />
        </li>
      ))}
    </ul>
  );
}
