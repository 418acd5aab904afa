import { canReveal } from '../../domain/round/round-machine';
import type { Estimate, Round } from '../../domain/round/round.schema';
import { formatClock, remainingMs } from '../../domain/round/round-timer';
import type { Problem } from '../../domain/problem/problem.schema';
import { ComplexityField } from './complexity-field';
import type { RoundSlots } from './round-slots';
import { useRoundDispatch } from './use-round-store';
import { starterFor } from '../../domain/problem/languages';

interface EstimatePhaseProps {
  problem: Problem;
  round: Round;
  renderEditor: RoundSlots['renderEditor'];
  /** Runs every test (hidden ones too) and reveals; `revealing` while that runs. */
  onReveal: () => void;
  revealing: boolean;
}

const EMPTY: Estimate = { time: '', space: '', reason: '' };

function endedText(round: Round): string {
  if (round.endReason === 'time-up') return 'Time ran out. The code below is what counts.';
  const left = round.endedAt === null ? 0 : remainingMs(round, round.endedAt);
  return `You finished with ${formatClock(left)} left. The code below is what counts.`;
}

/**
 * Phase 4: the code is locked; estimate time and space complexity before seeing anything.
 * "Reveal results" stays disabled until both estimates are given (canReveal).
 */
export function EstimatePhase({
  problem,
  round,
  renderEditor,
  onReveal,
  revealing,
}: EstimatePhaseProps) {
  const dispatch = useRoundDispatch();
  const estimate = round.estimate ?? EMPTY;
  const update = (patch: Partial<Estimate>) =>
    dispatch({ type: 'set-estimate', estimate: { ...estimate, ...patch } });
  const ready = canReveal(round);

  return (
    <div className="round-split round-split-code-first">
      <section className="round-final-code" aria-labelledby="final-code-heading">
        <h2 id="final-code-heading">Your final code</h2>
        <p className="muted">{endedText(round)}</p>
        <div className="editor-frame">
          {renderEditor({
            slug: problem.slug,
            language: round.language,
            starter: starterFor(problem, round.language),
            onRunShortcut: () => {},
            readOnly: true,
            ownCode: { scope: `round-${round.id}`, value: round.code, onChange: () => {} },
          })}
        </div>
      </section>
      <section className="round-panel" aria-labelledby="estimate-heading">
        <h1 id="estimate-heading">Estimate the complexity</h1>
        <p>Before you see any result: how does your solution grow with the input?</p>
        <form
          className="estimate-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (ready && !revealing) onReveal();
          }}
        >
          <ComplexityField
            label="Time complexity"
            value={estimate.time}
            onChange={(time) => update({ time })}
          />
          <ComplexityField
            label="Space complexity"
            value={estimate.space}
            onChange={(space) => update({ space })}
          />
          <label className="field" htmlFor="estimate-reason">
            Why? A short reason
            <textarea
              id="estimate-reason"
              rows={3}
              value={estimate.reason}
              onChange={(e) => update({ reason: e.target.value })}
            />
          </label>
          <div className="round-actions">
            <button
              type="submit"
              className="button button-primary"
              disabled={!ready || revealing}
              aria-describedby="reveal-help"
              data-shortcut="next"
            >
              Reveal results
            </button>
            <span id="reveal-help" className="muted" role="status">
              {revealing
                ? 'Running every test, hidden ones included…'
                : ready
                  ? 'All tests will run, hidden ones included.'
                  : 'Give both the time and the space estimate to reveal the results.'}
            </span>
          </div>
        </form>
      </section>
    </div>
  );
}
