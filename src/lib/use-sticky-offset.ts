import { useEffect, useState } from 'react';
import type { CSSProperties } from 'react';

/**
 * Measures a sticky bar (it wraps to more lines on narrow screens) and returns the CSS variable
 * `--sticky-top` set to its height, so bars pinned below it start where it ends. `measure` is a
 * callback ref: the bar may mount after the component that measures it.
 */
export function useStickyOffset<T extends HTMLElement>() {
  const [element, measure] = useState<T | null>(null);
  const [height, setHeight] = useState(0);
  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(element.offsetHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  const style = { '--sticky-top': `${height}px` } as CSSProperties;
  return { measure, style };
}
