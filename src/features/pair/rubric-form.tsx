import { useId } from 'react';
import type { FormEvent } from 'react';
import {
  RUBRIC_AREAS,
  RUBRIC_LABELS,
  RUBRIC_SCALE,
  type Rubric,
  type RubricArea,
} from '../../domain/pair/rubric';
import { rubricFromDraft, type RubricDraftArea } from '../../domain/pair/rubric-draft';
import { useRubricDraft } from './use-rubric-draft';

const SCORES = [1, 2, 3, 4] as const;

/**
 * Five areas, each scored 1–4 on the shared scale with notes; saved as a whole. What is typed
 * is kept in this browser as it is typed (use-rubric-draft), so a reload loses nothing.
 */
export function RubricForm({
  roundId,
  saved,
  onSave,
}: {
  roundId: string;
  saved: Rubric | null;
  onSave: (r: Rubric) => void;
}) {
  const { draft, update, save, problem } = useRubricDraft(roundId, saved, onSave);
  const id = useId();
  const rubric = rubricFromDraft(draft);
  const set = (area: RubricArea, patch: Partial<RubricDraftArea>) =>
    update((d) => ({ ...d, [area]: { ...d[area], ...patch } }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (rubric) save(rubric);
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
      {problem && (
        <p className="round-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
