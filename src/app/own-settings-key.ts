/**
 * localStorage key present while the user's settings differ from the defaults. The problem list
 * in index.html is rendered at build time with the default settings (difficulty and tags shown,
 * the system theme), so index.html's inline script drops it for such a user rather than show
 * them, for a moment, what they chose to hide. Its own module: the build reads it too.
 */
export const OWN_SETTINGS_KEY = 'mockround:own-settings';
