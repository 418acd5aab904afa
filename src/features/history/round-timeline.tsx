import type { Round } from '../../domain/round/round.schema';
import { formatElapsed } from '../../domain/round/round-timer';

interface Event {
  atMs: number;
  key: string;
  kind: 'note' | 'run' | 'hint';
  text: string;
}

/** Notes, runs and hints of a round in round-time order (a stable sort keeps same-time events in kind order). */
export function timelineEvents(round: Round): Event[] {
  const events: Event[] = [
    ...round.notes.map((n) => ({
      atMs: n.atMs,
      key: `note-${n.id}`,
      kind: 'note' as const,
      text: `${n.prompt ? `${n.prompt} — ` : ''}${n.text}`,
    })),
    ...round.runs.map((r, i) => ({
      atMs: r.atMs,
      key: `run-${i}`,
      kind: 'run' as const,
      text: `${r.mode === 'submit' ? 'Submit' : 'Run'}: ${r.passed} passed, ${r.failed} failed${r.status !== 'done' ? ` (${r.status})` : ''}`,
    })),
    ...round.hintsUsed.map((h) => ({
      atMs: h.atMs,
      key: `hint-${h.index}`,
      kind: 'hint' as const,
      // In pair practice hints are given by the interviewer, not opened by the candidate.
      text: round.pair ? `Interviewer gave hint ${h.index + 1}` : `Opened hint ${h.index + 1}`,
    })),
  ];
  return events.sort((a, b) => a.atMs - b.atMs);
}

const KIND_LABEL = { note: 'Note', run: 'Run', hint: 'Hint' } as const;

/** The round as a timeline: what was written, run and looked up, at which round time. */
export function RoundTimeline({ round }: { round: Round }) {
  const events = timelineEvents(round);
  if (events.length === 0) return <p className="muted">No notes, runs or hints in this round.</p>;
  return (
    <ol className="round-timeline" aria-label="Timeline">
      {events.map((e) => (
        <li key={e.key} className={`timeline-${e.kind}`}>
          <span className="timeline-time">{formatElapsed(e.atMs)}</span>{' '}
          <span className="timeline-kind">{KIND_LABEL[e.kind]}</span>{' '}
          <span className="timeline-text">{e.text}</span>
        </li>
      ))}
    </ol>
  );
}
