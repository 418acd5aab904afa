import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { duePrompts, type ThinkAloudPrompt } from '../../domain/round/think-aloud';
import type { Round } from '../../domain/round/round.schema';
import { useNow } from './clock-context';
import { newId } from './new-id';
import { useRoundDispatch } from './use-round-store';

/** One nudge: the interviewer's question, a box for the answer, Add to notes or Dismiss. */
function Nudge({ prompt }: { prompt: ThinkAloudPrompt }) {
  const dispatch = useRoundDispatch();
  const [answer, setAnswer] = useState('');
  const questionId = useId();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!answer.trim()) return;
    if (dispatch({ type: 'add-note', id: newId(), text: answer, prompt: prompt.text }) === null) {
      dispatch({ type: 'prompt-shown', prompt: prompt.id });
    }
  };

  return (
    <section className="round-card nudge" aria-labelledby={questionId}>
      <h2 className="nudge-title">Interviewer nudge</h2>
      <p id={questionId} className="nudge-question">
        {prompt.text}
      </p>
      <form className="nudge-form" onSubmit={onSubmit}>
        <label className="visually-hidden" htmlFor={`${questionId}-answer`}>
          Your answer
        </label>
        <textarea
          id={`${questionId}-answer`}
          rows={3}
          value={answer}
          placeholder="Your answer goes to the notes"
          onChange={(e) => setAnswer(e.target.value)}
        />
        <div className="nudge-actions">
          <button type="submit" className="button" disabled={!answer.trim()}>
            Add to notes
          </button>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => dispatch({ type: 'prompt-shown', prompt: prompt.id })}
          >
            Dismiss
          </button>
        </div>
      </form>
    </section>
  );
}

/**
 * Think-aloud prompts as non-blocking nudges, one at a time, at the moments the round domain
 * chooses (duePrompts). Answering puts the answer in the notes; either way the prompt is done.
 */
export function PromptNudges({ round }: { round: Round }) {
  const now = useNow();
  const prompt = duePrompts(round, now)[0];
  return (
    <>
      {/* Always mounted so a new nudge is announced once, politely. */}
      <p className="visually-hidden" role="status" aria-live="polite">
        {prompt ? `Interviewer nudge: ${prompt.text}` : ''}
      </p>
      {prompt && <Nudge key={prompt.id} prompt={prompt} />}
    </>
  );
}
