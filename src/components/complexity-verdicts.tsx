import { useId } from 'react';
import type { Estimate, Measured } from '../domain/round/round.schema';
import { OPTIMALITY_LABEL, describeOptimality } from '../domain/verdict/optimality';
import { OWN_VERDICT_LABEL } from '../domain/verdict/own-code-verdict';
import type { OwnVerdict } from '../domain/verdict/verdict.schema';
import { describeMeasured, olderText } from '../domain/verdict/verdict-text';
import { verdictsOf, type JudgedWork, type WorkVerdicts } from '../domain/verdict/work-verdicts';
import { EstimateScore } from './estimate-score';

/** What a round's (or an assessment problem's) reveal holds for the verdicts. */
type RevealFacts = NonNullable<JudgedWork['reveal']>;
type OnScore = (dimension: 'time' | 'space', verdict: OwnVerdict) => void;

interface ComplexityVerdictsProps {
  estimate: Estimate;
  reveal: RevealFacts;
  /** The candidate scores an estimate the measurement could not judge. */
  onScore: OnScore;
  /** Older records are labelled as what they were ("older round", "older assessment"). */
  what?: string;
  /** The measured growth of the final code (measured automatically at the reveal). */
  measured?: Measured | null | undefined;
  /** The measurement of the final code is still to come (it starts once the tests have run). */
  measuring?: boolean;
}

type Current = Extract<WorkVerdicts, { kind: 'current' }>;

const MEASURING = 'Measuring your code’s growth…';

function measuredText(measured: Measured | null | undefined, measuring: boolean): string {
  if (!measured) return measuring ? 'measuring…' : 'not measured yet';
  return measured.best ? `O(${measured.best}), likely` : 'could not measure';
}

/** Question 1: the estimate against the candidate's own code, time measured, space self-scored. */
/** Nothing to judge yet: the measurement is coming, and only its absence would be inconclusive. */
function waitsForMeasurement(verdicts: Current, measuring: boolean): boolean {
  return measuring && verdicts.time.by === 'self-score' && verdicts.time.reason === 'not-measured';
}

function OwnCode({
  verdicts,
  reveal,
  waiting,
  onScore,
}: {
  verdicts: Current;
  reveal: RevealFacts;
  waiting: boolean;
  onScore: OnScore;
}) {
  const { time, space } = verdicts;
  const heading = useId();
  return (
    <section aria-labelledby={heading} className="verdict-question">
      <h3 id={heading}>Is your estimate right about your code?</h3>
      <ul className="verdict-answers">
        <li>
          <strong>Time:</strong>
          {time.verdict && (
            <span className={`badge own-verdict own-verdict-${time.verdict}`}>
              {OWN_VERDICT_LABEL[time.verdict]}
            </span>
          )}{' '}
          {time.by === 'measurement' ? (
            <span className="muted">measured {describeMeasured(time.measured)}</span>
          ) : waiting ? (
            <span>{MEASURING}</span>
          ) : (
            <>
              <span>Inconclusive: {time.why} Your own score decides.</span>
              <EstimateScore
                dimension="time"
                value={reveal.estimateScore?.time}
                onScore={onScore}
              />
            </>
          )}
        </li>
        <li>
          <strong>Space:</strong>
          {space.verdict && (
            <span className={`badge own-verdict own-verdict-${space.verdict}`}>
              {OWN_VERDICT_LABEL[space.verdict]}
            </span>
          )}{' '}
          <span className="muted">{space.why}</span>
          <EstimateScore dimension="space" value={reveal.estimateScore?.space} onScore={onScore} />
        </li>
      </ul>
    </section>
  );
}

/** Question 2: the code's measured class against the reference, with the reference's reasoning. */
function AsGoodAsItGets({ verdicts, waiting }: { verdicts: Current; waiting: boolean }) {
  const answer = verdicts.optimality;
  const heading = useId();
  return (
    <section aria-labelledby={heading} className="verdict-question">
      <h3 id={heading}>Is your code as good as it gets?</h3>
      {waiting ? (
        <p>{MEASURING}</p>
      ) : answer.known ? (
        <p>
          <span className={`badge optimality optimality-${answer.optimality}`}>
            {OPTIMALITY_LABEL[answer.optimality]}
          </span>{' '}
          {describeOptimality(answer)}.<span className="verdict-why">Reference: {answer.why}</span>
        </p>
      ) : (
        <p>Cannot tell yet: {answer.why}</p>
      )}
    </section>
  );
}

/**
 * The estimate beside the measured growth of the candidate's own code and the reference, then
 * the two questions answered separately (domain/verdict).
 */
export function ComplexityVerdicts({
  estimate,
  reveal,
  measured,
  measuring = false,
  onScore,
  what = 'round',
}: ComplexityVerdictsProps) {
  const verdicts = verdictsOf({ estimate, reveal, growth: measured });
  const waiting = verdicts?.kind === 'current' && waitsForMeasurement(verdicts, measuring);
  const reference = reveal.reference;
  const heading = useId();
  return (
    <section className="round-card" aria-labelledby={heading}>
      <h2 id={heading}>Complexity</h2>
      <table className="verdict-table">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Measure</span>
            </th>
            <th scope="col">Your estimate</th>
            <th scope="col">Your code (measured)</th>
            <th scope="col">Reference</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Time</th>
            <td>
              <code>{estimate.time}</code>
            </td>
            <td>{measuredText(measured, measuring)}</td>
            <td>
              <code>{reference?.time ?? '—'}</code>
              {reference && <p className="verdict-why">{reference.timeReason}</p>}
            </td>
          </tr>
          <tr>
            <th scope="row">Space</th>
            <td>
              <code>{estimate.space}</code>
            </td>
            <td className="muted">not measured</td>
            <td>
              <code>{reference?.space ?? '—'}</code>
              {reference && <p className="verdict-why">{reference.spaceReason}</p>}
            </td>
          </tr>
        </tbody>
      </table>
      {verdicts?.kind === 'current' && (
        <>
          <OwnCode verdicts={verdicts} reveal={reveal} waiting={waiting} onScore={onScore} />
          <AsGoodAsItGets verdicts={verdicts} waiting={waiting} />
        </>
      )}
      {verdicts?.kind === 'older' && (
        <p>
          Time: {olderText(verdicts.older.time, what)}. Space:{' '}
          {olderText(verdicts.older.space, what)}.
        </p>
      )}
      {estimate.reason.trim() && (
        <p className="muted">
          <strong>Your reason:</strong> {estimate.reason}
        </p>
      )}
    </section>
  );
}
