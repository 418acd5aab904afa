import './settings.css';
import { useId } from 'react';
import { THEMES, type Theme } from '../../domain/settings/settings.schema';
import { useSettings, useSettingsActions } from '../../store/selectors';
import { EditorSettings } from './editor-settings';

const THEME_LABEL: Record<Theme, string> = {
  system: 'System (follow this device)',
  light: 'Light',
  dark: 'Dark',
};

/** `/settings`: theme, editor preferences and what to hide; each change applies and is kept at once. */
export function SettingsPage() {
  const settings = useSettings();
  const { updateSettings, resetSettings } = useSettingsActions();
  const hideHelp = useId();

  return (
    <div className="page settings-page">
      <title>Settings · MockRound</title>
      <h1>Settings</h1>
      <p className="settings-lede">Changes apply at once and are kept in this browser.</p>
      <form className="settings-form" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>Theme</legend>
          {THEMES.map((theme) => (
            <label key={theme} className="radio">
              <input
                type="radio"
                name="theme"
                value={theme}
                checked={settings.theme === theme}
                onChange={() => updateSettings({ theme })}
              />
              {THEME_LABEL[theme]}
            </label>
          ))}
        </fieldset>
        <EditorSettings settings={settings} onChange={updateSettings} />
        <fieldset>
          <legend>Practice</legend>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={settings.hideDifficultyAndTags}
              aria-describedby={hideHelp}
              onChange={(e) => updateSettings({ hideDifficultyAndTags: e.target.checked })}
            />
            Hide difficulty and tags
          </label>
          <p id={hideHelp} className="settings-help">
            As in a real interview: the problem list and the problem pages no longer say how hard a
            problem is or which pattern it uses.
          </p>
        </fieldset>
        <button type="button" className="button" onClick={resetSettings}>
          Reset to defaults
        </button>
      </form>
    </div>
  );
}
