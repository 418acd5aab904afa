import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { App } from './app';

/**
 * Starts the app in `root`. index.html may already hold the problem list (rendered at build
 * time, kept only at `/`): then the app takes that markup over (hydration) instead of building
 * the page again.
 *
 * As a transition, the first render yields to the browser every few milliseconds instead of
 * holding the main thread for the whole tree (a phone took ~0.7 s in one task): taps and
 * keystrokes during start-up are handled at once.
 */
export function mountApp(root: HTMLElement): Root {
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  let reactRoot: Root | undefined;
  startTransition(() => {
    if (root.hasChildNodes()) {
      reactRoot = hydrateRoot(root, app);
    } else {
      reactRoot = createRoot(root);
      reactRoot.render(app);
    }
  });
  return reactRoot!;
}
