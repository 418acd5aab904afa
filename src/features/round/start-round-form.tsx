import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { RoundMode } from '../../domain/round/round.schema';
import { LANGUAGE_LABEL } from '../../domain/problem/languages';
import type { Language } from '../../runner/protocol';

export interface RoundSettings {
  mode: RoundMode;
  durationMinutes: number;
  language: Language;
}

interface StartRoundFormProps {
  defaultMinutes: number;
  defaultLanguage: Language;
  /** The languages the problem can be solved in (Python only where its tests are data cases). */
  languages?: readonly Language[];
  /** True while the round waits to start (Python loading): Start does nothing meanwhile. */
  starting?: boolean;
  /** The language was changed (Python starts loading at once). */
  onLanguageChange?: (language: Language) => void;
  onStart: (settings: RoundSettings) => void;
  onCancel: () => void;
}

const MODES: readonly { mode: RoundMode; label: string; help: string }[] = [
  { mode: 'practice', label: 'Practice', help: 'You can pause, and hints are available.' },
  { mode: 'timed', label: 'Timed', help: 'Strict, like the real thing: no pause, no hints.' },
];

/** Mode, duration (the problem's suggested time by default) and language, then "Start round". */
export function StartRoundForm({
  defaultMinutes,
  defaultLanguage,
  languages = ['js', 'ts'],
  starting = false,
  onLanguageChange,
  onStart,
  onCancel,
}: StartRoundFormProps) {
  const id = useId();
  const [mode, setMode] = useState<RoundMode>('practice');
  const [minutes, setMinutes] = useState(String(defaultMinutes));
  const [language, setLanguage] = useState<Language>(
    languages.includes(defaultLanguage) ? defaultLanguage : 'js',
  );
  const parsed = Number(minutes);
  const valid = Number.isInteger(parsed) && parsed >= 1 && parsed <= 180;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (valid && !starting) onStart({ mode, durationMinutes: parsed, language });
  };

  return (
    <form className="start-round-form" onSubmit={onSubmit}>
      <fieldset className="choice-group">
        <legend>Mode</legend>
        {MODES.map((m) => (
          <label key={m.mode} className="choice choice-block">
            <input
              type="radio"
              name={`${id}-mode`}
              value={m.mode}
              checked={mode === m.mode}
              onChange={() => setMode(m.mode)}
              aria-describedby={`${id}-${m.mode}-help`}
            />
            <span>
              <strong>{m.label}</strong>
              <span id={`${id}-${m.mode}-help`} className="choice-help">
                {m.help}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="start-round-fields">
        <label className="field" htmlFor={`${id}-minutes`}>
          Duration (minutes)
          <input
            id={`${id}-minutes`}
            type="number"
            inputMode="numeric"
            min={1}
            max={180}
            step={1}
            required
            value={minutes}
            aria-invalid={!valid}
            aria-describedby={`${id}-minutes-help`}
            onChange={(e) => setMinutes(e.target.value)}
          />
        </label>
        <label className="field" htmlFor={`${id}-language`}>
          Language
          <select
            id={`${id}-language`}
            value={language}
            onChange={(e) => {
              const next = languages.find((l) => l === e.target.value);
              if (!next) return;
              setLanguage(next);
              onLanguageChange?.(next);
            }}
          >
            {languages.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_LABEL[l]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id={`${id}-minutes-help`} className={valid ? 'muted' : 'round-error'}>
        {valid
          ? `Suggested: ${defaultMinutes} min. The clock starts as soon as you start: reading and clarifying count.${language === 'py' ? ' In Python it starts once Python has loaded.' : ''}`
          : 'Enter a whole number of minutes from 1 to 180.'}
      </p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        {/* aria-disabled while starting, not disabled: the focus stays on the button. */}
        <button
          type="submit"
          className="button button-primary"
          disabled={!valid}
          aria-disabled={starting || undefined}
        >
          Start round
        </button>
      </div>
    </form>
  );
}
