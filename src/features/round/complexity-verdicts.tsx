import type { Estimate, Measured, Reveal } from '../../domain/round/round.schema';
import { OPTIMALITY_LABEL, describeOptimality } from '../../domain/verdict/optimality';
import { OWN_VERDICT_LABEL } from '../../domain/verdict/own-code-verdict';
import { describeMeasured, olderText } from '../../domain/verdict/verdict-text';
import { verdictsOf, type WorkVerdicts } from '../../domain/verdict/work-verdicts';
import { EstimateScore } from './estimate-score';

interface ComplexityVerdictsProps {
  estimate: Estimate;
  reveal: Reveal;
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
}: {
  verdicts: Current;
  reveal: Reveal;
  waiting: boolean;
}) {
  const { time, space } = verdicts;
  return (
    <section aria-labelledby="own-code-heading" className="verdict-question">
      <h3 id="own-code-heading">Is your estimate right about your code?</h3>
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
              <EstimateScore dimension="time" value={reveal.estimateScore?.time} />
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
          <EstimateScore dimension="space" value={reveal.estimateScore?.space} />
        </li>
      </ul>
    </section>
  );
}

/** Question 2: the code's measured class against the reference, with the reference's reasoning. */
function AsGoodAsItGets({ verdicts, waiting }: { verdicts: Current; waiting: boolean }) {
  const answer = verdicts.optimality;
  return (
    <section aria-labelledby="optimal-heading" className="verdict-question">
      <h3 id="optimal-heading">Is your code as good as it gets?</h3>
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
}: ComplexityVerdictsProps) {
  const verdicts = verdictsOf({ estimate, reveal, growth: measured });
  const waiting = verdicts?.kind === 'current' && waitsForMeasurement(verdicts, measuring);
  const reference = reveal.reference;
  return (
    <section className="round-card" aria-labelledby="complexity-heading">
      <h2 id="complexity-heading">Complexity</h2>
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
          <OwnCode verdicts={verdicts} reveal={reveal} waiting={waiting} />
          <AsGoodAsItGets verdicts={verdicts} waiting={waiting} />
        </>
      )}
      {verdicts?.kind === 'older' && (
        <p>
          Time: {olderText(verdicts.older.time)}. Space: {olderText(verdicts.older.space)}.
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
