import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { startChunks } from './vite-plugin-preload-start';

const chunk = (fileName: string, imports: string[], dynamicImports: string[] = []) =>
  ({ type: 'chunk', fileName, imports, dynamicImports }) as unknown as Rollup.OutputChunk;

describe('the chunks index.html preloads for start-up', () => {
  it('are what the entry imports dynamically, with everything they import, not further', () => {
    const bundle = Object.fromEntries(
      [
        chunk('index.js', ['rolldown-runtime.js'], ['app-store.js', 'mount-app.js']),
        chunk('rolldown-runtime.js', []),
        chunk('app-store.js', ['mini-zod.js', 'rolldown-runtime.js']),
        chunk('mini-zod.js', []),
        chunk('mount-app.js', ['app-store.js', 'react.js'], ['problem-route.js']),
        chunk('react.js', []),
        chunk('problem-route.js', ['editor.js']),
        chunk('editor.js', []),
      ].map((c) => [c.fileName, c]),
    ) as Rollup.OutputBundle;
    expect(startChunks(bundle, 'index.js')).toEqual([
      'app-store.js',
      'mini-zod.js',
      'rolldown-runtime.js',
      'mount-app.js',
      'react.js',
    ]);
  });
});
