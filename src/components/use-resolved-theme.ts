import { useMediaQuery } from '../lib/use-media-query';
import { useSettings } from '../store/selectors';

/** The theme in effect: the Settings choice, or the operating system's when that is 'system'. */
export function useResolvedTheme(): 'light' | 'dark' {
  const { theme } = useSettings();
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)', false);
  if (theme === 'system') return systemDark ? 'dark' : 'light';
  return theme;
}
