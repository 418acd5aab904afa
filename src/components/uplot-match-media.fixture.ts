// uPlot reads matchMedia as it loads, and jsdom has none: a media query that never changes.
// Import this module before anything that imports uPlot (imports run in order).
window.matchMedia = (() => ({
  matches: false,
  addEventListener: () => undefined,
  removeEventListener: () => undefined,
})) as never;
