import { useLayoutEffect } from 'react';
import { useResolvedTheme } from '../components/use-resolved-theme';

/**
 * Puts the theme in effect on <html> as data-theme (theme.css switches color-scheme on it, so
 * every light-dark() token, native control and scrollbar follows).
 */
export function useApplyTheme(): void {
  const theme = useResolvedTheme();
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
