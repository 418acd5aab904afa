import { useEffect, useRef, useState } from 'react';
import type { Problem } from '../../domain/problem/problem.schema';
import { formatClock, formatElapsed } from '../../domain/round/round-timer';
import type { Round } from '../../domain/round/round.schema';
import { ComplexityVerdicts } from '../../components/complexity-verdicts';
import { ReferenceSolution } from './reference-solution';
import type { RevealRun } from './use-reveal-run';
import { timeUsedMs } from './round-format';
import type { RoundSlots } from './round-slots';
import { SelfScore } from './self-score';
import { useRoundDispatch } from './use-round-store';

interface RevealPhaseProps {
  problem: Problem;
  round: Round;
  run: RevealRun;
  renderResults: RoundSlots['renderResults'];
  renderGrowth?: RoundSlots['renderGrowth'];
}

/** Time used, how the round ended, hints and runs: the facts of the round. */
function RoundFacts({ round, hintCount }: { round: Round; hintCount: number }) {
  const used = timeUsedMs(round);
  const runs = round.runs.length;
  return (
    <dl className="round-facts">
      <div>
        <dt>Time used</dt>
        <dd>
          {formatElapsed(used)} of {formatClock(round.durationMs)}
        </dd>
      </div>
      <div>
        <dt>Ended</dt>
        <dd>{round.endReason === 'time-up' ? 'Time ran out' : 'You pressed I’m done'}</dd>
      </div>
      <div>
        <dt>Hints used</dt>
        <dd>
          {round.mode === 'timed'
            ? 'None (timed round)'
            : `${round.hintsUsed.length} of ${hintCount}`}
        </dd>
      </div>
      <div>
        <dt>Runs</dt>
        <dd>{runs}</dd>
      </div>
    </dl>
  );
}

/**
 * Phase 5: every test on the final code (hidden ones too), the reference complexity beside the
 * estimate with the automatic verdicts, the candidate's own score and the reference solution.
 */
export function RevealPhase({
  problem,
  round,
  run,
  renderResults,
  renderGrowth,
}: RevealPhaseProps) {
  const dispatch = useRoundDispatch();
  const { report, running, rerun } = run;

  // After a reload the round keeps the counts but not the per-test details: run them again once.
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current || report || running) return;
    asked.current = true;
    void rerun();
  }, [report, running, rerun]);

  // The growth panel measures the final code by itself: until that measurement has ended, the
  // verdict says it is coming rather than "not measured" (a cancel ends it with nothing measured).
  const [measureEnded, setMeasureEnded] = useState(false);
  const measuring = Boolean(renderGrowth) && !round.growth && !measureEnded;

  const reveal = round.reveal;
  return (
    <div className="round-reveal">
      <h1>Round results</h1>
      {reveal && (
        <p className="reveal-summary">
          <strong>
            {reveal.passed} of {reveal.passed + reveal.failed} tests passed
          </strong>{' '}
          <span className="muted">(hidden tests included)</span>
        </p>
      )}
      <RoundFacts round={round} hintCount={problem.hints.length} />
      <div className="reveal-grid">
        <div className="reveal-results">{renderResults(report, running)}</div>
        <div className="reveal-side">
          {round.estimate && reveal && (
            <ComplexityVerdicts
              estimate={round.estimate}
              reveal={reveal}
              measured={round.growth}
              measuring={measuring}
              onScore={(dimension, verdict) =>
                dispatch({ type: 'score-estimate', dimension, verdict })
              }
            />
          )}
          {renderGrowth?.({
            problem,
            code: round.code,
            language: round.language,
            // Measured once, automatically, after the tests ran (not beside them: timings would suffer).
            autoStart: !round.growth && !running,
            attempts: 3,
            onMeasured: (measured) => dispatch({ type: 'set-measured', measured }),
            onRunningChange: (running) => setMeasureEnded(!running),
          })}
          <SelfScore value={reveal?.selfScore} />
          <ReferenceSolution problem={problem} language={round.language} />
        </div>
      </div>
      <div className="round-actions">
        <button
          type="button"
          className="button button-primary"
          data-shortcut="next"
          onClick={() => dispatch({ type: 'to-recap' })}
        >
          Continue to recap
        </button>
      </div>
    </div>
  );
}
