import { useId } from 'react';
import type { PairState } from '../../domain/pair/pair-state.schema';

/** The interviewer's script: answers to the likely clarifying questions, then the follow-ups. */
export function ScriptCard({ state }: { state: PairState }) {
  const headingId = useId();
  const { clarifications, followUps } = state.interviewer;
  return (
    <section className="round-card pair-script" aria-labelledby={headingId}>
      <h2 id={headingId}>Script</h2>
      <h3>If the candidate asks</h3>
      <dl className="clarifications">
        {clarifications.map(({ q, a }) => (
          <div key={q}>
            <dt>{q}</dt>
            <dd>{a}</dd>
          </div>
        ))}
      </dl>
      <h3>Follow-up questions</h3>
      <ul>
        {followUps.map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ul>
    </section>
  );
}
