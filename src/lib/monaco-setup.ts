/**
 * Configures the locally bundled Monaco once. Only the lazily loaded editor module imports this
 * file, so Monaco stays out of the first-load JavaScript, and `loader.config({ monaco })` keeps
 * @monaco-editor/react from fetching Monaco from a CDN (the app must work offline).
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/javascript/register';
import 'monaco-editor/languages/definitions/typescript/register';
// Highlighting only: Python has no language service here, just its tokenizer.
import 'monaco-editor/languages/definitions/python/register';
import {
  javascriptDefaults,
  typescriptDefaults,
} from 'monaco-editor/languages/features/typescript/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TsWorker from 'monaco-editor/language/typescript/ts.worker?worker';
import { handleLanguageServiceCrashes } from './language-service-crash';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    // The TS worker also serves JavaScript; every other language uses the plain editor worker.
    return label === 'typescript' || label === 'javascript' ? new TsWorker() : new EditorWorker();
  },
};

/** The classes the runner puts in scope of user code (see src/domain/structures). */
const RUNNER_GLOBALS = `
declare class ListNode {
  val: number;
  next: ListNode | null;
  constructor(val?: number, next?: ListNode | null);
}
declare class TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
  constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null);
}
`;
const GLOBALS_URI = 'file:///mockround-globals.d.ts';

for (const defaults of [typescriptDefaults, javascriptDefaults]) {
  defaults.addExtraLib(RUNNER_GLOBALS, GLOBALS_URI);
  defaults.setCompilerOptions({
    ...defaults.getCompilerOptions(),
    target: 99 /* ESNext */,
    strict: true,
    // Each problem's file is a script; keep user code free of module-resolution noise.
    noEmit: true,
  });
}

handleLanguageServiceCrashes(window);
loader.config({ monaco });

export { monaco };
