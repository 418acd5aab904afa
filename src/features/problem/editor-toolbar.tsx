import { useId } from 'react';
import { LANGUAGE_LABEL, NO_PYTHON_REASON } from '../../domain/problem/languages';
import type { Language } from '../../runner/protocol';

export interface EditorToolbarProps {
  language: Language;
  /** The languages this problem offers (default JavaScript and TypeScript). */
  languages?: readonly Language[];
  running: boolean;
  onLanguageChange: (language: Language) => void;
  onReset: () => void;
  onRun: () => void;
  onSubmit: () => void;
  onStop: () => void;
}

/** Language switch, reset, and the Run / Submit / Stop controls above the editor. */
export function EditorToolbar(props: EditorToolbarProps) {
  const noPythonId = useId();
  const { language, running, languages = ['js', 'ts'] } = props;
  const pick = (value: string) => {
    const next = languages.find((l) => l === value);
    if (next) props.onLanguageChange(next);
  };
  return (
    <div className="toolbar" role="group" aria-label="Editor actions">
      <label className="field-inline">
        <span>Language</span>
        <select
          value={language}
          disabled={running}
          aria-describedby={languages.includes('py') ? undefined : noPythonId}
          onChange={(e) => pick(e.target.value)}
        >
          {languages.map((l) => (
            <option key={l} value={l}>
              {LANGUAGE_LABEL[l]}
            </option>
          ))}
        </select>
      </label>
      {!languages.includes('py') && (
        <span id={noPythonId} className="toolbar-note" title={NO_PYTHON_REASON}>
          No Python: JavaScript-only problem
        </span>
      )}
      <button
        type="button"
        className="button button-quiet"
        disabled={running}
        onClick={props.onReset}
      >
        Reset to starter
      </button>
      <span className="toolbar-spacer" />
      <kbd className="shortcut-hint" aria-hidden="true">
        Ctrl/⌘ + Enter
      </kbd>
      <button
        type="button"
        className="button"
        disabled={running}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        data-shortcut="run"
        onClick={props.onRun}
      >
        Run
      </button>
      <button
        type="button"
        className="button button-primary"
        disabled={running}
        aria-keyshortcuts="Control+Shift+Enter Meta+Shift+Enter"
        data-shortcut="submit"
        onClick={props.onSubmit}
      >
        Submit
      </button>
      <button
        type="button"
        className="button button-danger"
        disabled={!running}
        aria-keyshortcuts="Alt+Shift+S"
        data-shortcut="stop"
        onClick={props.onStop}
      >
        Stop
      </button>
    </div>
  );
}
