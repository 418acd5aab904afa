/** The targets for the Big-O classifier, shared by the Node and the Chromium benches. */
export const TARGETS = { idleAccuracy: 0.9, loadedAccuracy: 0.8, secondsEach: 5 } as const;
