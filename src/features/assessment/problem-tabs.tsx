import type { Assessment } from '../../domain/assessment/assessment.schema';
import type { Problem } from '../../domain/problem/problem.schema';

interface ProblemTabsProps {
  assessment: Pick<Assessment, 'current' | 'problems'>;
  problems: Problem[];
  onSelect: (index: number) => void;
}

/** Moves between the problems; each keeps its own code, runs and notes. */
export function ProblemTabs({ assessment, problems, onSelect }: ProblemTabsProps) {
  return (
    <nav aria-label="Problems of the assessment">
      <ul className="assessment-tabs">
        {problems.map((problem, index) => {
          const runs = assessment.problems[index]?.runs.length ?? 0;
          const current = index === assessment.current;
          return (
            <li key={problem.slug}>
              <button
                type="button"
                className={current ? 'button button-primary' : 'button'}
                aria-current={current ? 'true' : undefined}
                onClick={() => onSelect(index)}
              >
                {`${index + 1}. ${problem.title}`}
                {/* Plain text: a muted grey would fail contrast on the current tab's blue. */}
                {` · ${runs} run${runs === 1 ? '' : 's'}`}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
