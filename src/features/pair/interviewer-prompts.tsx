import { useId } from 'react';
import type { PairState } from '../../domain/pair/pair-state.schema';
import { duePrompts, PROMPTS } from '../../domain/round/think-aloud';

interface InterviewerPromptsProps {
  state: PairState;
  now: number;
  onPromptAsked: (promptId: string) => void;
}

/**
 * The think-aloud and complexity prompts, to read aloud when the round domain says they are due
 * (in pair practice they come here instead of popping up for the candidate).
 */
export function InterviewerPrompts({ state, now, onPromptAsked }: InterviewerPromptsProps) {
  const headingId = useId();
  const { timer } = state;
  const due = duePrompts({ ...timer, ...state }, now)[0];
  const later = PROMPTS.filter(
    (p) => p.phase === state.phase && p !== due && !state.promptsShown.includes(p.id),
  );
  return (
    <section className="round-card pair-prompts" aria-labelledby={headingId}>
      <h2 id={headingId}>Prompts to read aloud</h2>
      {/* Always mounted, so a prompt falling due is announced once, politely. */}
      <p className="visually-hidden" role="status">
        {due ? `Prompt due: ${due.text}` : ''}
      </p>
      {due ? (
        <div className="pair-prompt-due">
          <p className="nudge-question">{due.text}</p>
          <button type="button" className="button" onClick={() => onPromptAsked(due.id)}>
            Mark as asked
          </button>
        </div>
      ) : (
        <p className="muted">No prompt is due right now.</p>
      )}
      {later.length > 0 && (
        <details>
          <summary>Later in this phase ({later.length})</summary>
          <ul>
            {later.map((p) => (
              <li key={p.id}>{p.text}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
