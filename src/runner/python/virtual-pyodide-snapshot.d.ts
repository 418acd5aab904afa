/** The built app's Pyodide start-up snapshot (scripts/lib/vite-plugin-pyodide-snapshot.ts). */
declare module 'virtual:pyodide-snapshot' {
  /** The URL of the gzip-compressed snapshot, or null (dev, tests) to start Python without one. */
  const url: string | null;
  export default url;
}
