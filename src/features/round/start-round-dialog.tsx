import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { preparePython } from '../../components/python-loading';
import { getSummary } from '../../content/problem-bank';
import type { Problem } from '../../domain/problem/problem.schema';
import type { Round } from '../../domain/round/round.schema';
import { roundRecords } from '../../store/round-records';
import { runResults } from '../../store/run-results';
import { useLanguage } from '../../store/selectors';
import { useClock } from './clock-context';
import { ModalDialog } from './modal-dialog';
import { newId } from './new-id';
import { PHASE_STEPS } from './round-format';
import { StartRoundForm, type RoundSettings } from './start-round-form';
import {
  flushRoundState,
  useActiveRound,
  useClearActiveRound,
  useStartRound,
} from './use-round-store';
import { languagesOf, starterFor } from '../../domain/problem/languages';

type StartableProblem = Pick<Problem, 'slug' | 'title' | 'timeLimitMinutes' | 'starter' | 'python'>;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One round at a time: go back to the active one, or abandon it (kept in the records) first. */
function ActiveRoundChoice({ round, onClose }: { round: Round; onClose: () => void }) {
  const navigate = useNavigate();
  const clock = useClock();
  const clear = useClearActiveRound();
  const [error, setError] = useState<string | null>(null);
  const title = getSummary(round.problemSlug)?.title ?? round.problemSlug;
  const phase = PHASE_STEPS.find((s) => s.phase === round.phase)?.label ?? round.phase;

  const abandon = async () => {
    try {
      await roundRecords().save({ ...round, abandonedAt: clock.now() });
      await runResults()
        .forgetRounds(null)
        .catch(() => 0);
      clear();
      await flushRoundState();
    } catch (reason) {
      setError(`The round could not be set aside (${messageOf(reason)}); it is still active.`);
    }
  };

  return (
    <ModalDialog title="A round is in progress" onClose={onClose}>
      <p>
        Your round on “{title}” is in the {phase} phase. One round runs at a time: go back to it, or
        abandon it to start this one. An abandoned round is kept in your past rounds.
      </p>
      {error && (
        <p className="round-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button button-danger" onClick={() => void abandon()}>
          Abandon it
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => void navigate('/round')}
        >
          Go back to it
        </button>
      </div>
    </ModalDialog>
  );
}

/**
 * "Start round" on a problem: choose mode and duration, then the round (and its clock) starts.
 * In Python the clock starts once Python's runtime is ready: loading it (a second or two, once per
 * visit) is not the candidate's time. The dialog says so while it waits; Cancel still works.
 */
export function StartRoundDialog({
  problem,
  onClose,
}: {
  problem: StartableProblem;
  onClose: () => void;
}) {
  const active = useActiveRound();
  const language = useLanguage(problem.slug);
  const start = useStartRound();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [waitingForPython, setWaitingForPython] = useState(false);
  const open = useRef(true);
  useEffect(() => {
    open.current = true;
    return () => {
      open.current = false;
    };
  }, []);

  if (active && active.phase !== 'saved')
    return <ActiveRoundChoice round={active} onClose={onClose} />;

  const onStart = async (settings: RoundSettings) => {
    try {
      if (settings.language === 'py') {
        setWaitingForPython(true);
        await preparePython();
        if (!open.current) return; // cancelled while Python loaded: no round
      }
      // A round whose recap is in but whose record was not written yet: write it first.
      if (active) await roundRecords().save(active);
      start({
        id: newId(),
        problemSlug: problem.slug,
        mode: settings.mode,
        durationMs: settings.durationMinutes * 60_000,
        language: settings.language,
        code: starterFor(problem, settings.language),
      });
      await flushRoundState();
      await navigate('/round');
    } catch (reason) {
      setWaitingForPython(false);
      setError(`The round could not start (${messageOf(reason)}).`);
    }
  };

  return (
    <ModalDialog title={`Start a round: ${problem.title}`} onClose={onClose}>
      {error && (
        <p className="round-error" role="alert">
          {error}
        </p>
      )}
      <StartRoundForm
        defaultMinutes={problem.timeLimitMinutes}
        defaultLanguage={language}
        languages={languagesOf(problem)}
        starting={waitingForPython}
        onLanguageChange={(next) => {
          if (next === 'py') void preparePython();
        }}
        onStart={(settings) => void onStart(settings)}
        onCancel={onClose}
      />
      <p role="status" aria-live="polite" className="muted">
        {waitingForPython && 'Loading Python… The clock starts once it is ready.'}
      </p>
    </ModalDialog>
  );
}
