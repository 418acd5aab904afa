/**
 * Monaco's TypeScript diagnostics run in a worker and are awaited without a catch. Some valid
 * JavaScript crashes the TypeScript checker inside that worker — e.g. assigning a plain function
 * to `globalThis.Function` ends in "Debug Failure. type must be class or interface" — and the
 * rejected promise then surfaces as an uncaught error on the page, once per edit.
 *
 * Such a crash only means the squiggles for that edit are skipped: the editor, the code and runs
 * are unaffected. So the app handles exactly these rejections (their stack runs through the
 * TypeScript worker's script) and reports them once as a console warning. Every other unhandled
 * rejection is left alone.
 */

/** True when `reason` is an error thrown inside Monaco's TypeScript worker. */
export function isLanguageServiceCrash(reason: unknown): boolean {
  if (typeof reason !== 'object' || reason === null) return false;
  const stack = (reason as { stack?: unknown }).stack;
  return typeof stack === 'string' && /\bts\.worker\b/.test(stack);
}

/** Installs the handler on `target` (the page's window); returns a function that removes it. */
export function handleLanguageServiceCrashes(target: EventTarget): () => void {
  let warned = false;
  const onRejection = (event: Event): void => {
    const { reason } = event as PromiseRejectionEvent;
    if (!isLanguageServiceCrash(reason)) return;
    event.preventDefault();
    if (warned) return;
    warned = true;
    console.warn(
      'The editor skipped type checking for an edit: the TypeScript service crashed.',
      reason,
    );
  };
  target.addEventListener('unhandledrejection', onRejection);
  return () => target.removeEventListener('unhandledrejection', onRejection);
}
