import { useId } from 'react';
import type { RubricDelivery } from '../../domain/pair/pair-sync';
import type { PairState } from '../../domain/pair/pair-state.schema';
import type { Rubric } from '../../domain/pair/rubric';
import { RubricForm } from './rubric-form';

interface RubricCardProps {
  state: PairState;
  connected: boolean;
  delivery: RubricDelivery;
  onSaveRubric: (rubric: Rubric) => void;
}

function deliveryText(delivery: RubricDelivery, connected: boolean): string {
  switch (delivery) {
    case 'none':
      return '';
    case 'held':
      return 'Rubric saved here. The candidate sees it from the recap on.';
    case 'send':
      return connected
        ? 'Sharing the rubric with the candidate…'
        : 'Rubric saved here. It reaches the round when the candidate’s window is open.';
    case 'delivered':
      return 'Rubric saved in the round.';
    case 'amend-record':
      return 'Adding the rubric to the saved round…';
  }
}

/** What to look for (the problem's rubric notes) and, once the coding is over, the rubric form. */
export function RubricCard({ state, connected, delivery, onSaveRubric }: RubricCardProps) {
  const headingId = useId();
  const open = state.phase !== 'brief' && state.phase !== 'code';
  return (
    <section className="round-card pair-rubric" aria-labelledby={headingId}>
      <h2 id={headingId}>Rubric</h2>
      <details open={!open}>
        <summary>What to look for</summary>
        <ul>
          {state.interviewer.rubricGuide.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </details>
      {open ? (
        // Remounted when scores arrive from the round (a reopened window), so the form shows them.
        <RubricForm
          key={state.interviewer.rubric ? 'saved' : 'empty'}
          roundId={state.roundId}
          saved={state.interviewer.rubric}
          onSave={onSaveRubric}
        />
      ) : (
        <p className="muted">Score the rubric once the coding is over.</p>
      )}
      <p role="status" className="pair-delivery">
        {deliveryText(delivery, connected)}
      </p>
    </section>
  );
}
