import { canReveal } from '../../domain/assessment/assessment-machine';
import type { Assessment } from '../../domain/assessment/assessment.schema';
import { COMPLEXITY_CLASSES, COMPLEXITY_LABELS } from '../../domain/problem/complexity';
import type { Problem } from '../../domain/problem/problem.schema';
import type { Estimate } from '../../domain/round/round.schema';
import { useAssessmentDispatch } from './use-assessment-store';

const LABELS: readonly string[] = COMPLEXITY_CLASSES.map((c) => COMPLEXITY_LABELS[c]);
const EMPTY: Estimate = { time: '', space: '', reason: '' };

interface EstimateViewProps {
  assessment: Assessment;
  problems: Problem[];
  onReveal: () => void;
}

function ClassSelect(props: { label: string; value: string; onChange: (v: string) => void }) {
  return (
    <label className="field">
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">Choose…</option>
        {LABELS.map((text) => (
          <option key={text} value={text}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** After the end: every submission is locked; estimate each one's complexity before the reveal. */
export function EstimateView({ assessment, problems, onReveal }: EstimateViewProps) {
  const dispatch = useAssessmentDispatch();
  const ready = canReveal(assessment);
  return (
    <section className="round-panel" aria-labelledby="assessment-estimate-heading">
      <h1 id="assessment-estimate-heading">Estimate the complexity</h1>
      <p role="status">
        {assessment.endReason === 'time-up'
          ? "Time ran out: every problem's code was submitted as it was."
          : "You finished: every problem's code was submitted as it was."}
      </p>
      {problems.map((problem, index) => {
        const estimate = assessment.problems[index]?.estimate ?? EMPTY;
        const update = (patch: Partial<Estimate>) =>
          dispatch({ type: 'set-estimate', index, estimate: { ...estimate, ...patch } });
        return (
          <fieldset key={problem.slug} className="estimate-form">
            <legend>{problem.title}</legend>
            <ClassSelect
              label="Time complexity"
              value={estimate.time}
              onChange={(time) => update({ time })}
            />
            <ClassSelect
              label="Space complexity"
              value={estimate.space}
              onChange={(space) => update({ space })}
            />
          </fieldset>
        );
      })}
      <div className="round-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={!ready}
          onClick={onReveal}
        >
          Reveal results
        </button>
        <span className="muted">
          {ready
            ? 'Every submission will run against all tests, hidden ones included.'
            : 'Give the time and space estimate for every problem to reveal the results.'}
        </span>
      </div>
    </section>
  );
}
