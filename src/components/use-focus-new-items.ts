import { useEffect, useRef, type RefObject } from 'react';

/**
 * For "Show more" under a list: call the returned function with the number of items shown
 * before the click; once the list has grown, focus moves to the first new item's link (or
 * button), so a keyboard user carries on there instead of from the top of the page (the
 * clicked button may be gone once everything is shown).
 */
export function useFocusNewItems(
  list: RefObject<HTMLElement | null>,
  count: number,
): (shownBefore: number) => void {
  const from = useRef<number | null>(null);
  useEffect(() => {
    const start = from.current;
    if (start === null || count <= start) return;
    from.current = null;
    const item = list.current?.children[start];
    if (item instanceof HTMLElement) (item.querySelector<HTMLElement>('a, button') ?? item).focus();
  }, [count, list]);
  return (shownBefore) => {
    from.current = shownBefore;
  };
}
