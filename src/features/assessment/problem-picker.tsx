import { problemSummaries } from '../../content/problem-bank';
import { customPick } from '../../domain/assessment/presets';

interface ProblemPickerProps {
  picked: string[];
  onChange: (slugs: string[]) => void;
  /** The chosen duration, or null for the suggestion (the sum of the problems' time limits). */
  minutes: number | null;
  onMinutes: (minutes: number | null) => void;
}

/** Hand-picks 2–4 problems from the bank, in the order they are ticked, and the duration. */
export function ProblemPicker({ picked, onChange, minutes, onMinutes }: ProblemPickerProps) {
  const pick = customPick(picked, problemSummaries);
  const suggested = pick.ok ? pick.durationMinutes : 60;
  return (
    <div className="problem-picker">
      <ul aria-label="Problems to pick from">
        {problemSummaries.map((s) => (
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
              {`${s.title} (${s.difficulty}, ${s.timeLimitMinutes} min)`}
            </label>
          </li>
        ))}
      </ul>
      <p className="muted" role="status">
        {pick.ok ? `${picked.length} problems picked.` : pick.reason}
      </p>
      <label className="field">
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
