// Flat ESLint config. The import zones encode the dependency direction in
// docs/architecture.md: app → features → (store, runner, components, lib, content) → domain.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// The typescript preset's settings minus its legacy resolver (we use resolver-next below).
const { 'import-x/resolver': _legacyResolver, ...tsImportSettings } =
  importX.flatConfigs.typescript.settings;

const KEBAB_SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Folder and file names under src/ and scripts/ must be kebab-case; dots separate role suffixes. */
const kebabCaseFilenames = {
  meta: {
    type: 'suggestion',
    docs: { description: 'Require kebab-case folder and file names (role suffixes after dots).' },
    schema: [],
    messages: {
      notKebab:
        '"{{name}}" in {{file}} is not kebab-case (e.g. use-countdown.ts, problem.schema.ts).',
    },
  },
  create(context) {
    return {
      Program(node) {
        const rel = path.relative(context.cwd, context.physicalFilename).split(path.sep);
        if (rel[0] !== 'src' && rel[0] !== 'scripts') return;
        const folders = rel.slice(1, -1);
        const fileParts = rel.at(-1).split('.');
        for (const name of [...folders, ...fileParts]) {
          if (!KEBAB_SEGMENT.test(name)) {
            context.report({ node, messageId: 'notKebab', data: { name, file: rel.join('/') } });
            return;
          }
        }
      },
    };
  },
};

/** One zone per feature folder: a feature may import only from itself, never from a sibling. */
function featureIsolationZones() {
  let entries;
  try {
    entries = readdirSync('src/features', { withFileTypes: true });
  } catch {
    return []; // no features yet
  }
  return entries
    .filter((d) => d.isDirectory())
    .map(({ name }) => ({
      target: `./src/features/${name}`,
      from: './src/features',
      except: [`./${name}`],
      message:
        'A feature never imports another feature; lift shared code to store, components or lib.',
    }));
}

const below = (...dirs) => dirs.map((d) => `./src/${d}`);

const zones = [
  {
    target: './src/domain',
    from: below('app', 'features', 'store', 'runner', 'components', 'lib', 'content'),
    message: 'src/domain is the pure core: it imports only from itself.',
  },
  {
    target: './src/runner',
    from: below('app', 'features', 'store', 'components', 'lib'),
    message: 'src/runner depends only on src/domain.',
  },
  {
    target: below('store', 'content', 'components', 'lib'),
    from: below('app', 'features'),
    message: 'Nothing below features imports app or features.',
  },
  ...featureIsolationZones(),
];

const zustandBan = {
  paths: [
    {
      name: 'zustand',
      message: 'Only src/store imports zustand; read the store through its selectors.',
    },
  ],
  patterns: [{ group: ['zustand/*'], message: 'Only src/store imports zustand.' }],
};

/**
 * App code takes `z` from src/domain/mini-zod.ts (zod/mini, English messages loaded): one import
 * of full zod pulls all of it into the problem page (docs/architecture.md, habit 3).
 */
const ZOD_MESSAGE =
  "Import { z } from 'src/domain/mini-zod' (zod/mini): full zod pulls all of zod into the app bundle. Only the build-time problem parser and scripts/ use 'zod'.";
const zodBan = {
  paths: [{ name: 'zod', message: ZOD_MESSAGE }],
  patterns: [{ group: ['zod/*'], message: ZOD_MESSAGE }],
};
/** Files allowed to import zod itself: the mini-zod module, and the build-time/CLI problem parser. */
const ZOD_ALLOWED = [
  'src/domain/mini-zod.ts',
  'src/domain/problem/problem.schema.ts',
  'src/domain/problem/parse-problem.ts',
];

/** Several bans in one rule option (a later config block's options replace an earlier one's). */
const bans = (...parts) => ({
  paths: parts.flatMap((p) => p.paths),
  patterns: parts.flatMap((p) => p.patterns),
});

const UI_LIBS = [
  'react',
  'react-dom',
  'zustand',
  'comlink',
  'monaco-editor',
  '@monaco-editor/react',
];

const domainBan = {
  paths: UI_LIBS.map((name) => ({
    name,
    message: 'src/domain is pure TypeScript: no React, DOM, zustand, comlink or Monaco.',
  })),
  patterns: [
    { group: UI_LIBS.map((name) => `${name}/*`), message: 'src/domain is pure TypeScript.' },
  ],
};

export default defineConfig(
  {
    // Problem starters and solutions (and the test fixture problem) are data, not project code.
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      '.vite/**',
      'problems/**/*.{js,ts}',
      'scripts/lib/jail/fixtures/add-two/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { ...globals.node } },
    plugins: {
      'import-x': importX,
      local: { rules: { 'kebab-case-filenames': kebabCaseFilenames } },
    },
    settings: {
      // Without these, import-x parses only .js files when it walks the graph, and no-cycle sees nothing.
      ...tsImportSettings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/avoid-barrel-files': 'error',
      'import-x/no-restricted-paths': ['error', { zones }],
      'no-restricted-imports': ['error', zustandBan],
      'local/kebab-case-filenames': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker } },
    ...reactHooks.configs.flat.recommended,
  },
  {
    // Ambient module declarations cannot use top-level imports without becoming modules.
    files: ['**/*.d.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
    },
  },
  {
    files: ['src/**'],
    rules: { 'no-restricted-imports': ['error', bans(zustandBan, zodBan)] },
  },
  {
    files: ['src/store/**'],
    rules: { 'no-restricted-imports': ['error', zodBan] },
  },
  {
    files: ['src/domain/**'],
    rules: { 'no-restricted-imports': ['error', bans(domainBan, zodBan)] },
  },
  {
    files: ZOD_ALLOWED,
    rules: { 'no-restricted-imports': ['error', domainBan] },
  },
  {
    // Browser-side code run inside page.evaluate by the e2e tests and the bench.
    files: ['tests/e2e/**', 'scripts/bench/**', 'scripts/bench.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
