import { useEffect } from 'react';
import { isDefaultSettings } from '../domain/settings/settings.schema';
import { useSettings } from '../store/selectors';
import { OWN_SETTINGS_KEY } from './own-settings-key';

/** Keeps OWN_SETTINGS_KEY in step with the settings, for the next page load's first paint. */
export function useOwnSettingsFlag(): void {
  const own = !isDefaultSettings(useSettings());
  useEffect(() => {
    try {
      if (own) window.localStorage.setItem(OWN_SETTINGS_KEY, '1');
      else window.localStorage.removeItem(OWN_SETTINGS_KEY);
    } catch {
      // Storage blocked: the prerendered list simply shows, as for default settings.
    }
  }, [own]);
}
