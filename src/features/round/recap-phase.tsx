import type { FormEvent } from 'react';
import { RubricScores } from '../../components/rubric-scores';
import type { RecapDraft } from '../../domain/round/round.schema';
import { FEELINGS, softLanding } from './soft-landing';
import { useActiveRound, useRoundDispatch } from './use-round-store';

const EMPTY: RecapDraft = {
  wentWell: '',
  toImprove: '',
  nextStep: '',
  feeling: null,
  feelingNote: '',
};

const QUESTIONS: readonly { key: 'wentWell' | 'toImprove' | 'nextStep'; label: string }[] = [
  { key: 'wentWell', label: 'What went well?' },
  { key: 'toImprove', label: 'What could have gone better?' },
  { key: 'nextStep', label: 'What will you do to prepare for the next one?' },
];

/** Phase 6: look back, check in with how it felt, land softly; "Save recap" ends the round. */
export function RecapPhase() {
  const dispatch = useRoundDispatch();
  // The draft lives in the round (persisted like everything else), so a reload keeps what was typed.
  const round = useActiveRound();
  const draft = round?.recapDraft ?? EMPTY;
  const set = (patch: Partial<RecapDraft>) =>
    dispatch({ type: 'draft-recap', draft: { ...draft, ...patch } });
  const feeling = draft.feeling;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // The round moves to "saved"; SavedPhase then writes it to the records.
    if (feeling !== null) dispatch({ type: 'save-recap', recap: { ...draft, feeling } });
  };

  return (
    <form className="round-recap" onSubmit={onSubmit}>
      <h1>Recap</h1>
      <p className="muted">A few honest lines now make the next round better.</p>
      {round?.rubric ? (
        <RubricScores rubric={round.rubric} caption="Your interviewer’s rubric" />
      ) : (
        round?.pair && (
          <p className="muted" role="status">
            Your interviewer is filling in the rubric. You can save the recap without waiting: the
            rubric is added to the saved round when it comes.
          </p>
        )
      )}
      {QUESTIONS.map(({ key, label }) => (
        <label key={key} className="field" htmlFor={`recap-${key}`}>
          {label}
          <textarea
            id={`recap-${key}`}
            rows={3}
            value={draft[key]}
            onChange={(e) => set({ [key]: e.target.value })}
          />
        </label>
      ))}
      <fieldset className="choice-group">
        <legend>How do you feel after this round?</legend>
        <div className="choice-row">
          {FEELINGS.map(({ value, label }) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="feeling"
                value={value}
                checked={feeling === value}
                onChange={() => set({ feeling: value })}
              />
              {value} · {label}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="field" htmlFor="recap-feeling-note">
        Anything else about how it felt? (optional)
        <textarea
          id="recap-feeling-note"
          rows={2}
          value={draft.feelingNote}
          onChange={(e) => set({ feelingNote: e.target.value })}
        />
      </label>
      {/* Polite: the suggestion is read once the feeling is chosen, without interrupting. */}
      <p className="soft-landing" role="status">
        {feeling !== null && softLanding(feeling)}
      </p>
      <div className="round-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={feeling === null}
          aria-describedby="save-help"
          data-shortcut="next"
        >
          Save recap
        </button>
        <span id="save-help" className="muted">
          {feeling === null
            ? 'Choose how you feel to save the round.'
            : 'The round goes to your past rounds.'}
        </span>
      </div>
    </form>
  );
}
