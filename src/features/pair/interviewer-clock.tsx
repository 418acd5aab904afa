import { elapsedMs, formatClock, formatElapsed, remainingMs } from '../../domain/round/round-timer';
import type { PairState } from '../../domain/pair/pair-state.schema';

const PHASE_NAME: Record<PairState['phase'], string> = {
  brief: 'Brief',
  code: 'Coding',
  estimate: 'Estimating',
  reveal: 'Reveal',
  recap: 'Recap',
  saved: 'Saved',
};

/** The candidate's countdown as the interviewer sees it (read only: the candidate's window owns it). */
export function InterviewerClock({ state, now }: { state: PairState; now: number }) {
  const { timer, phase } = state;
  const running = phase === 'brief' || phase === 'code';
  return (
    <p className="pair-clock">
      <span className="badge">{PHASE_NAME[phase]}</span>{' '}
      {running ? (
        <span role="timer" aria-live="off" aria-label="Time left">
          {formatClock(remainingMs(timer, now))} left
        </span>
      ) : (
        <span>
          Time used {formatElapsed(Math.min(elapsedMs(timer, now), timer.durationMs))} of{' '}
          {formatElapsed(timer.durationMs)}
        </span>
      )}
      {timer.pausedAt !== null && <span className="round-flag round-flag-paused">Paused</span>}
    </p>
  );
}
