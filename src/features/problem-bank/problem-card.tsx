import { memo } from 'react';
import { Link } from 'react-router';
import { DifficultyBadge } from '../../components/difficulty-badge';
import { ProblemStatusBadge } from '../../components/problem-status-badge';
import { TagList } from '../../components/tag-list';
import type { ProblemStatus } from '../../domain/practice/problem-status';
import type { ProblemSummary } from '../../domain/problem/problem.schema';

interface ProblemCardProps {
  problem: ProblemSummary;
  /** Solved / attempted / not tried; null while the statuses are read (no mark shown yet). */
  status: ProblemStatus | null;
  /** Leave the difficulty and the tags out (Settings → hide difficulty and tags). */
  hide: boolean;
}

// The link and the tags stay as they are when only the status arrives, so marking sixty cards
// re-renders sixty small badges rather than sixty router links.
const CardLink = memo(function CardLink({ slug, title }: { slug: string; title: string }) {
  return (
    <Link className="problem-link" to={`/problems/${slug}`}>
      {title}
    </Link>
  );
});

const CardTags = memo(function CardTags({
  tags,
  title,
}: {
  tags: readonly string[];
  title: string;
}) {
  return <TagList tags={tags} label={`Tags for ${title}`} />;
});

/** One problem in the bank: a link to its page, difficulty, suggested time, status and tags. */
export const ProblemCard = memo(function ProblemCard({
  problem: p,
  status,
  hide,
}: ProblemCardProps) {
  return (
    <li className="problem-card">
      <CardLink slug={p.slug} title={p.title} />
      <div className="problem-card-meta">
        {!hide && <DifficultyBadge difficulty={p.difficulty} />}
        <span className="minutes">{p.timeLimitMinutes} min</span>
        {status && <ProblemStatusBadge status={status} />}
      </div>
      {!hide && <CardTags tags={p.tags} title={p.title} />}
    </li>
  );
});
