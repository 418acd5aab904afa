import { useEffect } from 'react';
import { useAssessmentDispatch } from './use-assessment-store';

/**
 * Counts leaving the tab or window while `active`: blur and a hidden page start a loss, focus
 * and a visible page end it (the machine ignores the second start when both fire).
 */
export function useFocusLoss(active: boolean): void {
  const dispatch = useAssessmentDispatch();
  useEffect(() => {
    if (!active) return;
    const lost = () => dispatch({ type: 'focus-lost' });
    const back = () => dispatch({ type: 'focus-regained' });
    const visibility = () => (document.visibilityState === 'hidden' ? lost() : back());
    window.addEventListener('blur', lost);
    window.addEventListener('focus', back);
    document.addEventListener('visibilitychange', visibility);
    return () => {
      window.removeEventListener('blur', lost);
      window.removeEventListener('focus', back);
      document.removeEventListener('visibilitychange', visibility);
    };
  }, [active, dispatch]);
}
