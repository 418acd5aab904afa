import type { Language } from '../../runner/protocol';

export interface EditorToolbarProps {
  language: Language;
  running: boolean;
  onLanguageChange: (language: Language) => void;
  onReset: () => void;
  onRun: () => void;
  onSubmit: () => void;
  onStop: () => void;
}

const LANGUAGES: readonly { value: Language; label: string }[] = [
  { value: 'js', label: 'JavaScript' },
  { value: 'ts', label: 'TypeScript' },
];

function isLanguage(value: string): value is Language {
  return LANGUAGES.some((l) => l.value === value);
}

/** Language switch, reset, and the Run / Submit / Stop controls above the editor. */
export function EditorToolbar(props: EditorToolbarProps) {
  const { language, running } = props;
  return (
    <div className="toolbar" role="group" aria-label="Editor actions">
      <label className="field-inline">
        <span>Language</span>
        <select
          value={language}
          disabled={running}
          onChange={(e) => isLanguage(e.target.value) && props.onLanguageChange(e.target.value)}
        >
          {LANGUAGES.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
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
