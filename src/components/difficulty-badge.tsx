import type { Difficulty } from '../domain/problem/problem.schema';

const LABEL: Record<Difficulty, string> = { easy: 'Easy', medium: 'Medium', hard: 'Hard' };

/** The difficulty as a word in a coloured pill (the word carries the meaning, not the colour). */
export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  return <span className={`badge difficulty-${difficulty}`}>{LABEL[difficulty]}</span>;
}
