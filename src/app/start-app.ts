/** Resolves in a task of its own (a message posted to itself), so the browser may paint and handle input first. */
const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });

/**
 * Starts the app in steps, each a short task of its own instead of one long one (~70 ms on a
 * desktop, four times that on a phone, during which taps wait): the store with its schemas, then
 * React DOM, then the app's modules, then the router and the first render, which itself yields
 * every few milliseconds (mount-app.tsx). A module imported here is evaluated when its import
 * settles; index.html preloads every one of them (scripts/lib/vite-plugin-preload-start.ts), so the steps
 * wait on no network.
 */
export async function startApp(root: HTMLElement): Promise<void> {
  await import('../store/app-store');
  await nextTask();
  await import('react-dom/client');
  await nextTask();
  const { mountApp } = await import('./mount-app');
  await nextTask();
  mountApp(root);
}
