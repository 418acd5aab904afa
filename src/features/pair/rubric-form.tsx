import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import {
  RUBRIC_AREAS,
  RUBRIC_LABELS,
  RUBRIC_SCALE,
  type Rubric,
  type RubricArea,
} from '../../domain/pair/rubric';

type Draft = Record<RubricArea, { score: number | null; notes: string }>;
const SCORES = [1, 2, 3, 4] as const;

const draftOf = (rubric: Rubric | null): Draft =>
  Object.fromEntries(
    RUBRIC_AREAS.map((area) => [area, rubric?.[area] ?? { score: null, notes: '' }]),
  ) as Draft;

/** The whole rubric, or null while an area has no score. */
function complete(draft: Draft): Rubric | null {
  if (RUBRIC_AREAS.some((area) => draft[area].score === null)) return null;
  return Object.fromEntries(
    RUBRIC_AREAS.map((area) => [
      area,
      { score: draft[area].score, notes: draft[area].notes.trim() },
    ]),
  ) as Rubric;
}

/** Five areas, each scored 1–4 on the shared scale with notes; saved as a whole. */
export function RubricForm({
  saved,
  onSave,
}: {
  saved: Rubric | null;
  onSave: (r: Rubric) => void;
}) {
  const [draft, setDraft] = useState(() => draftOf(saved));
  const id = useId();
  const rubric = complete(draft);
  const set = (area: RubricArea, patch: Partial<Draft[RubricArea]>) =>
    setDraft((d) => ({ ...d, [area]: { ...d[area], ...patch } }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (rubric) onSave(rubric);
  };

  return (
    <form className="pair-rubric-form" onSubmit={onSubmit} aria-label="Rubric">
      {RUBRIC_AREAS.map((area) => (
        <fieldset key={area} className="choice-group">
          <legend>{RUBRIC_LABELS[area]}</legend>
          <div className="choice-row">
            {SCORES.map((score) => (
              <label key={score} className="choice">
                <input
                  type="radio"
                  name={`${id}-${area}`}
                  value={score}
                  checked={draft[area].score === score}
                  onChange={() => set(area, { score })}
                />
                {score} · {RUBRIC_SCALE[score]}
              </label>
            ))}
          </div>
          <label className="field" htmlFor={`${id}-${area}-notes`}>
            {RUBRIC_LABELS[area]} notes
            <textarea
              id={`${id}-${area}-notes`}
              rows={2}
              value={draft[area].notes}
              onChange={(e) => set(area, { notes: e.target.value })}
            />
          </label>
        </fieldset>
      ))}
      <div className="round-actions">
        <button type="submit" className="button button-primary" disabled={!rubric}>
          Save rubric
        </button>
        {!rubric && <span className="muted">Score every area to save.</span>}
      </div>
    </form>
  );
}
