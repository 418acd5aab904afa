import { useEffect, useId } from 'react';
import { isTimeUp, remainingMs } from '../../domain/assessment/assessment-timer';
import type { Assessment } from '../../domain/assessment/assessment.schema';
import { describeRemaining, formatClock, formatElapsed } from '../../domain/round/round-timer';
import { useNow } from './assessment-clock';
import { useAssessmentDispatch } from './use-assessment-store';

type TimerFields = Pick<Assessment, 'phase' | 'startedAt' | 'deadline' | 'endedAt' | 'durationMs'>;

/**
 * The one countdown (role="timer", read on demand). It also ends the assessment when the
 * deadline passes: checked on every tick and on load, so a reload after the deadline ends it too.
 */
export function AssessmentTimer({ assessment }: { assessment: TimerFields }) {
  const now = useNow();
  const dispatch = useAssessmentDispatch();
  const labelId = useId();
  const working = assessment.phase === 'working';
  const left = remainingMs(assessment, now);
  const timeUp = working && isTimeUp(assessment, now);

  useEffect(() => {
    if (timeUp) dispatch({ type: 'time-up' });
  }, [timeUp, dispatch]);

  const level = !working ? '' : left <= 60_000 ? 'urgent' : left <= 5 * 60_000 ? 'warning' : '';
  if (!working) {
    const used = Math.min(
      assessment.durationMs,
      (assessment.endedAt ?? now) - assessment.startedAt,
    );
    return (
      <div className="round-timer">
        <span className="round-timer-label">Time used</span>
        <span className="round-timer-value">
          {formatElapsed(used)}
          <span className="round-timer-of"> of {formatClock(assessment.durationMs)}</span>
        </span>
      </div>
    );
  }
  return (
    <div className={`round-timer ${level ? `round-timer-${level}` : ''}`}>
      <span id={labelId} className="round-timer-label">
        Time left
      </span>
      <span
        role="timer"
        aria-labelledby={labelId}
        aria-live="off"
        aria-atomic="true"
        className="round-timer-value"
      >
        <span aria-hidden="true" data-testid="clock">
          {formatClock(left)}
        </span>
        <span className="visually-hidden">{describeRemaining(left)}</span>
      </span>
      {level === 'warning' && (
        <span className="round-flag round-flag-warning">Under 5 minutes</span>
      )}
      {level === 'urgent' && <span className="round-flag round-flag-urgent">Under 1 minute</span>}
    </div>
  );
}
