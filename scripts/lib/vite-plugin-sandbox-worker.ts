import { resolve } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import type { Plugin } from 'vite';

/** Import suffix that turns a worker entry into the source text of one self-contained script. */
export const SANDBOX_WORKER_QUERY = '?sandbox-worker';

/**
 * esbuild options for a sandbox worker: one classic script (IIFE) with every import inlined,
 * because the sandbox's Content-Security-Policy lets it load nothing but blob: URLs.
 */
export function sandboxWorkerBuildOptions(entry: string, minify: boolean): BuildOptions {
  return {
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify,
    metafile: true,
    // @sinonjs/fake-timers requires util only under Node, behind a check that fails in a worker.
    // Pyodide imports node: modules only when it runs under Node, never in a worker.
    external: ['util', 'node:*'],
    define: { 'process.env.NODE_ENV': minify ? '"production"' : '"development"' },
    logLevel: 'silent',
  };
}

/** Bundles a worker entry into the text of one script. */
export async function bundleSandboxWorker(
  entry: string,
  minify: boolean,
): Promise<{ code: string; inputs: string[] }> {
  const result = await build(sandboxWorkerBuildOptions(entry, minify));
  const output = result.outputFiles?.[0];
  if (!output) throw new Error(`sandbox worker ${entry}: esbuild produced no output`);
  return { code: output.text, inputs: Object.keys(result.metafile?.inputs ?? {}) };
}

/**
 * `import source from './x.worker.ts?sandbox-worker'` gives the worker's whole bundle as a
 * string, the same way under `vite` (dev) and `vite build`: the sandbox host starts the
 * worker from a blob of it inside an opaque-origin iframe, where Vite's separate ES modules
 * could not be loaded. Import it dynamically so that the text is a chunk of its own.
 */
export function sandboxWorkerPlugin(): Plugin {
  let minify = false;
  return {
    name: 'mockround-sandbox-worker',
    enforce: 'pre',
    configResolved(config) {
      minify = config.command === 'build';
    },
    async load(id) {
      if (!id.endsWith(SANDBOX_WORKER_QUERY)) return null;
      const entry = id.slice(0, -SANDBOX_WORKER_QUERY.length);
      const { code, inputs } = await bundleSandboxWorker(entry, minify);
      for (const input of inputs) if (!input.startsWith('<')) this.addWatchFile(resolve(input));
      return { code: `export default ${JSON.stringify(code)};`, map: null };
    },
  };
}
