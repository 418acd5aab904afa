import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { preparePython } from '../../components/python-loading';
import { loadProblem, problemSummaries } from '../../content/problem-bank';
import {
  CUSTOM_PRESET_ID,
  customPick,
  drawProblems,
  PRESETS,
} from '../../domain/assessment/presets';
import { ConfirmDialog } from '../../components/confirm-dialog';
import {
  LANGUAGE_LABEL,
  languageFor,
  starterFor,
  type CodeLanguage,
} from '../../domain/problem/languages';
import { AssessmentRules } from './assessment-rules';
import { newId } from './new-id';
import { ProblemPicker } from './problem-picker';
import {
  clearActiveAssessment,
  flushAssessmentState,
  useActiveAssessment,
  useStartAssessment,
} from './use-assessment-store';
import { useSolvedSlugs } from './use-solved-slugs';

/** `/assessment/new`: pick 2–4 problems or a preset, choose the strict options, read the rule, start. */
export function StartAssessmentPage() {
  const navigate = useNavigate();
  const start = useStartAssessment();
  const active = useActiveAssessment();
  const solved = useSolvedSlugs();
  const [presetId, setPresetId] = useState<string>(PRESETS[0]?.id ?? CUSTOM_PRESET_ID);
  const [picked, setPicked] = useState<string[]>([]);
  const [minutes, setMinutes] = useState<number | null>(null);
  const [blockPaste, setBlockPaste] = useState(false);
  const [countFocusLoss, setCountFocusLoss] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [language, setLanguage] = useState<CodeLanguage>('js');
  const [waitingForPython, setWaitingForPython] = useState(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const [confirmingGiveUp, setConfirmingGiveUp] = useState(false);
  const inProgress = active !== null && active.phase !== 'saved';
  // A hand-picked assessment can start once 2–4 problems are ticked.
  const pickReady = presetId !== CUSTOM_PRESET_ID || customPick(picked, problemSummaries).ok;

  const choose = (): { slugs: string[]; durationMinutes: number } | string => {
    if (presetId === CUSTOM_PRESET_ID) {
      const pick = customPick(picked, problemSummaries);
      if (!pick.ok) return pick.reason;
      return { slugs: pick.slugs, durationMinutes: minutes ?? pick.durationMinutes };
    }
    const preset = PRESETS.find((p) => p.id === presetId);
    if (!preset) return 'Choose a preset.';
    const draw = drawProblems(preset, problemSummaries, solved, Math.random);
    return draw.ok ? { slugs: draw.slugs, durationMinutes: preset.durationMinutes } : draw.reason;
  };

  const begin = async () => {
    const choice = choose();
    if (typeof choice === 'string') return setError(choice);
    setStarting(true);
    const loaded = await Promise.all(choice.slugs.map((slug) => loadProblem(slug)));
    const problems = loaded.flatMap((p) => {
      if (!p) return [];
      const worked = languageFor(p, language);
      return [{ slug: p.slug, language: worked, code: starterFor(p, worked) }];
    });
    if (problems.length !== choice.slugs.length) {
      setStarting(false);
      return setError('A chosen problem could not be loaded.');
    }
    // In Python the clock starts once Python has loaded (as for a round): loading is not the
    // candidate's time.
    if (problems.some((p) => p.language === 'py')) {
      setWaitingForPython(true);
      await preparePython();
      if (!mounted.current) return;
      setWaitingForPython(false);
    }
    try {
      start({
        id: newId(),
        presetId,
        durationMs: choice.durationMinutes * 60_000,
        problems,
        options: { blockPaste, countFocusLoss },
      });
    } catch (reason) {
      setStarting(false);
      return setError(reason instanceof Error ? reason.message : String(reason));
    }
    await flushAssessmentState();
    await navigate('/assessment');
  };

  return (
    <div className="page assessment-start">
      <title>New assessment · MockRound</title>
      <h1>New assessment</h1>
      {inProgress && (
        <div role="alert">
          <p>
            An assessment is in progress. <Link to="/assessment">Continue it</Link> or give it up to
            start another.
          </p>
          <button type="button" className="button" onClick={() => setConfirmingGiveUp(true)}>
            Give it up
          </button>
          {confirmingGiveUp && (
            <ConfirmDialog
              title="Give up the assessment in progress?"
              message="It ends here: its code, runs and remaining time are discarded."
              confirmLabel="Give it up"
              onCancel={() => setConfirmingGiveUp(false)}
              onConfirm={() => {
                setConfirmingGiveUp(false);
                clearActiveAssessment();
              }}
            />
          )}
        </div>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!inProgress && !starting) void begin();
        }}
      >
        <fieldset>
          <legend>Problems</legend>
          {PRESETS.map((preset) => (
            <label key={preset.id} className="radio">
              <input
                type="radio"
                name="preset"
                checked={presetId === preset.id}
                onChange={() => {
                  setPresetId(preset.id);
                  setError(null);
                }}
              />
              {`${preset.label} (drawn from problems you have not solved)`}
            </label>
          ))}
          <label className="radio">
            <input
              type="radio"
              name="preset"
              checked={presetId === CUSTOM_PRESET_ID}
              onChange={() => {
                setPresetId(CUSTOM_PRESET_ID);
                setError(null);
              }}
            />
            Pick 2–4 problems
          </label>
          {presetId === CUSTOM_PRESET_ID && (
            <ProblemPicker
              picked={picked}
              onChange={(slugs) => {
                setPicked(slugs);
                setError(null);
              }}
              minutes={minutes}
              onMinutes={setMinutes}
            />
          )}
        </fieldset>
        <fieldset>
          <legend>Options</legend>
          <label className="field">
            Language
            <select
              value={language}
              aria-describedby="assessment-language-help"
              onChange={(e) => {
                const next = (['js', 'ts', 'py'] as const).find((l) => l === e.target.value);
                if (!next) return;
                setLanguage(next);
                if (next === 'py') void preparePython();
              }}
            >
              {(['js', 'ts', 'py'] as const).map((l) => (
                <option key={l} value={l}>
                  {LANGUAGE_LABEL[l]}
                </option>
              ))}
            </select>
          </label>
          <p id="assessment-language-help" className="muted">
            {language === 'py'
              ? 'Python for every problem that offers it (problems about JavaScript itself stay JavaScript). The clock starts once Python has loaded.'
              : 'The language of every problem.'}
          </p>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={blockPaste}
              onChange={(e) => setBlockPaste(e.target.checked)}
            />
            Block paste
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={countFocusLoss}
              onChange={(e) => setCountFocusLoss(e.target.checked)}
            />
            Count focus loss
          </label>
        </fieldset>
        <section aria-label="Rules">
          <AssessmentRules options={{ blockPaste, countFocusLoss }} />
        </section>
        {error && <p role="alert">{error}</p>}
        {/* Mounted once Python is chosen, so the wait after Start is announced. */}
        {language === 'py' && (
          <p role="status" aria-live="polite" className="muted">
            {waitingForPython && 'Loading Python… The clock starts once it is ready.'}
          </p>
        )}
        <button
          type="submit"
          className="button button-primary"
          disabled={inProgress || starting || !pickReady}
        >
          Start assessment
        </button>
      </form>
    </div>
  );
}
