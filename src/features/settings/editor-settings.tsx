import { useId, useState } from 'react';
import {
  FONT_SIZE_MAX,
  FONT_SIZE_MIN,
  TAB_SIZES,
  type Settings,
} from '../../domain/settings/settings.schema';

interface EditorSettingsProps {
  settings: Settings;
  /** Returns the reason a value was refused, or null. */
  onChange: (patch: Partial<Settings>) => string | null;
}

/** The code editor's font size, tab size, word wrap and Vim keys. */
export function EditorSettings({ settings, onChange }: EditorSettingsProps) {
  const fontId = useId();
  const fontError = useId();
  const tabId = useId();
  const vimHelp = useId();
  // What is typed stays in the field even while it is out of range (e.g. "1" on the way to "18").
  const [fontText, setFontText] = useState(String(settings.fontSize));
  const [fontProblem, setFontProblem] = useState<string | null>(null);
  const [shownSize, setShownSize] = useState(settings.fontSize);
  if (shownSize !== settings.fontSize) {
    // Changed elsewhere (Reset to defaults): show the new value.
    setShownSize(settings.fontSize);
    setFontText(String(settings.fontSize));
    setFontProblem(null);
  }

  const typeFontSize = (text: string) => {
    setFontText(text);
    const size = Number(text);
    const ok = text.trim() !== '' && Number.isInteger(size);
    const refused = ok ? onChange({ fontSize: size }) : 'not a whole number';
    if (refused === null) setShownSize(size);
    setFontProblem(
      refused === null
        ? null
        : `Use a whole number from ${FONT_SIZE_MIN} to ${FONT_SIZE_MAX}; the editor keeps ${settings.fontSize} px.`,
    );
  };

  return (
    <fieldset>
      <legend>Editor</legend>
      <div className="settings-field">
        <label htmlFor={fontId}>Font size (px)</label>
        <input
          id={fontId}
          type="number"
          inputMode="numeric"
          min={FONT_SIZE_MIN}
          max={FONT_SIZE_MAX}
          step={1}
          value={fontText}
          aria-invalid={fontProblem !== null}
          aria-describedby={fontProblem ? fontError : undefined}
          onChange={(e) => typeFontSize(e.target.value)}
        />
        {fontProblem && (
          <p id={fontError} className="settings-error" role="alert">
            {fontProblem}
          </p>
        )}
      </div>
      <div className="settings-field">
        <label htmlFor={tabId}>Tab size</label>
        <select
          id={tabId}
          value={settings.tabSize}
          onChange={(e) => onChange({ tabSize: Number(e.target.value) as Settings['tabSize'] })}
        >
          {TAB_SIZES.map((size) => (
            <option key={size} value={size}>
              {size} spaces
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings.wordWrap}
          onChange={(e) => onChange({ wordWrap: e.target.checked })}
        />
        Wrap long lines
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings.vimMode}
          aria-describedby={vimHelp}
          onChange={(e) => onChange({ vimMode: e.target.checked })}
        />
        Vim mode
      </label>
      <p id={vimHelp} className="settings-help">
        Vim keys in the editor, with the mode shown below it. Escape then Tab still leaves the
        editor: in insert mode the first Escape goes to normal mode.
      </p>
    </fieldset>
  );
}
