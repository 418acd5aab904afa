import type { Plugin, Rollup } from 'vite';

/** The entry's dynamically imported chunks and every chunk they import, in a stable order. */
export function startChunks(bundle: Rollup.OutputBundle, entryFile: string): string[] {
  const entry = bundle[entryFile];
  if (entry?.type !== 'chunk') return [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    const chunk = bundle[file];
    if (seen.has(file) || file === entryFile || chunk?.type !== 'chunk') return;
    seen.add(file);
    chunk.imports.forEach(visit);
  };
  entry.dynamicImports.forEach(visit);
  return [...seen];
}

/**
 * Build only: index.html preloads the chunks that the entry imports one after another as the
 * app starts (src/app/start-app.ts), so they download beside the entry instead of after it.
 * Vite itself preloads only what the entry imports statically.
 */
export function preloadStartPlugin(): Plugin {
  let base = '/';
  return {
    name: 'mockround-preload-start',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !ctx.chunk) return html;
        const chunks = startChunks(ctx.bundle, ctx.chunk.fileName);
        // Their styles too: importing a chunk waits for its CSS, which would otherwise be
        // requested only then.
        const css = chunks.flatMap((file) => {
          const chunk = ctx.bundle?.[file];
          return chunk?.type === 'chunk' ? [...(chunk.viteMetadata?.importedCss ?? [])] : [];
        });
        const link = (rel: string, file: string) => ({
          tag: 'link',
          attrs: { rel, crossorigin: true, href: `${base}${file}` },
          injectTo: 'head' as const,
        });
        const absent = (file: string) => !html.includes(`${base}${file}"`);
        return {
          html,
          tags: [
            ...chunks.filter(absent).map((file) => link('modulepreload', file)),
            ...css.filter(absent).map((file) => link('stylesheet', file)),
          ],
        };
      },
    },
  };
}
