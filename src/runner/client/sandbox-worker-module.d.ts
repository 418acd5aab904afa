/** A worker entry bundled into one script's text by scripts/lib/vite-plugin-sandbox-worker.ts. */
declare module '*?sandbox-worker' {
  const source: string;
  export default source;
}
