type MovableParent = Element & { moveBefore?: (node: Node, child: Node | null) => void };

interface Kept {
  focused: HTMLElement | null;
  selection: { start: number; end: number; direction: 'forward' | 'backward' | 'none' } | null;
  scrolled: { element: Element; top: number; left: number }[];
}

function isTextControl(element: Element): element is HTMLInputElement | HTMLTextAreaElement {
  return element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement;
}

function keep(node: Element): Kept {
  const active = node.ownerDocument.activeElement;
  const focused = active instanceof HTMLElement && node.contains(active) ? active : null;
  let selection: Kept['selection'] = null;
  if (focused && isTextControl(focused) && focused.selectionStart !== null)
    selection = {
      start: focused.selectionStart,
      end: focused.selectionEnd ?? focused.selectionStart,
      direction: focused.selectionDirection ?? 'none',
    };
  const scrolled: Kept['scrolled'] = [];
  for (const element of [node, ...node.querySelectorAll('*')])
    if (element.scrollTop || element.scrollLeft)
      scrolled.push({ element, top: element.scrollTop, left: element.scrollLeft });
  return { focused, selection, scrolled };
}

function restore({ focused, selection, scrolled }: Kept): void {
  for (const { element, top, left } of scrolled) {
    element.scrollTop = top;
    element.scrollLeft = left;
  }
  if (!focused || focused.ownerDocument.activeElement === focused) return;
  focused.focus({ preventScroll: true });
  if (selection && isTextControl(focused))
    focused.setSelectionRange(selection.start, selection.end, selection.direction);
}

/**
 * Moves `node` to the end of `parent` as the user sees it: what had focus inside it keeps focus
 * (and a text field its selection), and scrolled parts keep their scroll. `moveBefore` moves an
 * attached node without detaching it; elsewhere the node is appended and that state put back.
 */
export function moveKeepingFocus(parent: Element, node: Element): void {
  if (node.parentNode === parent) return;
  const movable = parent as MovableParent;
  if (typeof movable.moveBefore === 'function' && node.isConnected && parent.isConnected) {
    try {
      movable.moveBefore(node, null);
      return;
    } catch {
      // Not movable this way (another document, shadow root): fall back below.
    }
  }
  const kept = keep(node);
  parent.appendChild(node);
  restore(kept);
}
