import * as z from 'zod/mini';

// zod/mini is the tree-shakable form of zod (functions instead of methods): the schemas the
// problem page loads with (saved state, rounds, settings, run reports) use it, so the page ships
// a fraction of zod. It comes without error messages: load the English ones full zod uses, so a
// rejected record still says what was wrong. Full zod (imported elsewhere) loads the same.
z.config(z.locales.en());

export { z };
/** A validation failure of either form of zod (both share zod's core). */
export type SchemaError = z.core.$ZodError;
