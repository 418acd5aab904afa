import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import type { Round } from '../../domain/round/round.schema';
import { MODE_LABEL, PHASE_STEPS } from './round-format';
import { RoundTimer } from './round-timer';
import { useRoundDispatch } from './use-round-store';

interface RoundBarProps {
  title: string;
  round: Round;
}

/** The round's header: what and how, the phase steps, the clock, Pause (practice) and I'm done. */
export function RoundBar({ title, round }: RoundBarProps) {
  const dispatch = useRoundDispatch();
  const { phase, mode } = round;
  const running = phase === 'brief' || phase === 'code';
  const paused = round.pausedAt !== null;
  const current = PHASE_STEPS.findIndex((s) => s.phase === phase);
  // Ending the coding cannot be taken back: I'm done asks first.
  const [confirming, setConfirming] = useState(false);

  return (
    <header className="round-bar">
      <div className="round-bar-row">
        <p className="round-title">
          <span className={`badge round-mode round-mode-${mode}`}>{MODE_LABEL[mode]} round</span>
          <span className="round-problem">{title}</span>
        </p>
        <ol className="round-steps" aria-label="Round phases">
          {PHASE_STEPS.map((step, index) => (
            <li
              key={step.phase}
              className={index < current ? 'done' : index === current ? 'current' : undefined}
              aria-current={index === current ? 'step' : undefined}
            >
              <span className="round-step">{step.label}</span>
            </li>
          ))}
        </ol>
        <RoundTimer round={round} />
        {running && mode === 'practice' && (
          <button
            type="button"
            className="button"
            onClick={() => dispatch({ type: paused ? 'resume' : 'pause' })}
          >
            {paused ? 'Resume' : 'Pause'}
          </button>
        )}
        {phase === 'code' && (
          <button
            type="button"
            className="button button-primary"
            data-shortcut="next"
            onClick={() => setConfirming(true)}
          >
            I'm done
          </button>
        )}
        {confirming && phase === 'code' && (
          <ConfirmDialog
            title="End coding now?"
            message="The code in the editor now is what counts: it is locked, and you go on to estimate its complexity."
            confirmLabel="Yes, I'm done"
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false);
              dispatch({ type: 'finish' });
            }}
          />
        )}
      </div>
      {running && (
        <p className="round-rule">
          <strong>Which code counts:</strong> when time runs out or you press “I'm done”, the code
          in the editor at that moment is what counts.
        </p>
      )}
    </header>
  );
}
