import { useState } from 'react';
import { problemSummaries } from '../../content/problem-bank';
import { customPick } from '../../domain/assessment/presets';
import { useSettings } from '../../store/selectors';
import { matchesPickerQuery } from './picker-filter';

interface ProblemPickerProps {
  picked: string[];
  onChange: (slugs: string[]) => void;
  /** The chosen duration, or null for the suggestion (the sum of the problems' time limits). */
  minutes: number | null;
  onMinutes: (minutes: number | null) => void;
}

const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;

/**
 * Hand-picks 2–4 problems from the bank, in the order they are ticked, and the duration. A search
 * (title or tag) and a difficulty filter narrow the list; picked problems always stay listed.
 */
export function ProblemPicker({ picked, onChange, minutes, onMinutes }: ProblemPickerProps) {
  const [query, setQuery] = useState('');
  const [difficulty, setDifficulty] = useState('');
  const { hideDifficultyAndTags } = useSettings();
  const pick = customPick(picked, problemSummaries);
  const suggested = pick.ok ? pick.durationMinutes : 60;
  const shown = problemSummaries.filter(
    (s) => picked.includes(s.slug) || matchesPickerQuery(s, query, difficulty),
  );
  return (
    <div className="problem-picker">
      <div className="picker-filters">
        <label className="field">
          Search
          <input
            type="search"
            aria-label="Search problems to pick"
            placeholder="Title or tag"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <label className="field">
          Difficulty
          <select value={difficulty} onChange={(e) => setDifficulty(e.target.value)}>
            <option value="">Any</option>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ul aria-label="Problems to pick from">
        {shown.map((s) => (
          <li key={s.slug}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={picked.includes(s.slug)}
                disabled={!picked.includes(s.slug) && picked.length >= 4}
                onChange={(e) =>
                  onChange(
                    e.target.checked ? [...picked, s.slug] : picked.filter((x) => x !== s.slug),
                  )
                }
              />
              {hideDifficultyAndTags
                ? `${s.title} (${s.timeLimitMinutes} min)`
                : `${s.title} (${s.difficulty}, ${s.timeLimitMinutes} min)`}
            </label>
          </li>
        ))}
        {shown.length === 0 && <li className="muted">No problem matches.</li>}
      </ul>
      <p className="muted" role="status">
        {pick.ok ? `${picked.length} problems picked.` : pick.reason}
      </p>
      <label className="field picker-duration">
        Duration (minutes)
        <input
          type="number"
          min={1}
          max={240}
          value={minutes ?? suggested}
          onChange={(e) =>
            onMinutes(e.target.value === '' ? null : Math.max(1, Number(e.target.value)))
          }
        />
      </label>
    </div>
  );
}
