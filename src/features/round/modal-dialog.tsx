import { useId, useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { KeyboardEvent, ReactNode } from 'react';

interface ModalDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

const FOCUSABLE =
  'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), a[href]';

/**
 * The controls Tab can reach, in document order (sorted: jsdom returns a selector list's matches
 * grouped by selector). Of a radio group only the checked radio is a tab stop.
 */
function tabStops(root: HTMLElement | null): HTMLElement[] {
  return [...(root?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])]
    .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked))
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/**
 * A modal dialog (role="dialog"): focus moves to its first control and stays inside, Escape or a
 * click on the backdrop closes it, and focus returns to whatever opened it. Rendered into
 * <body> so it inherits nothing from where its opener sits (e.g. a muted metadata row).
 */
export function ModalDialog({ title, onClose, children }: ModalDialogProps) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);

  // In the commit that shows the dialog, not after the next paint: no frame in which a key
  // still goes to the opener (a dialog from a lazy chunk is committed outside any event).
  useLayoutEffect(() => {
    const opener = document.activeElement;
    tabStops(ref.current)[0]?.focus();
    return () => {
      if (opener instanceof HTMLElement) opener.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    const items = tabStops(ref.current);
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return createPortal(
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={ref}
        className="dialog round-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}
