import { Link } from 'react-router';
import { DifficultyBadge } from '../../components/difficulty-badge';
import { TagList } from '../../components/tag-list';
import type { ProblemSummary } from '../../domain/problem/problem.schema';
import { useSettings } from '../../store/selectors';

/**
 * The matching problems, each a link to its page with difficulty, tags and suggested time
 * (difficulty and tags left out when the user hides them in Settings).
 */
export function ProblemList({ problems }: { problems: readonly ProblemSummary[] }) {
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
          </div>
          {!hide && <TagList tags={p.tags} label={`Tags for ${p.title}`} />}
        </li>
      ))}
    </ul>
  );
}
