import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The project's own lint config, run on snippets as if they lived at the given paths.
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

const FULL_ZOD = "import { z } from 'zod';\nexport const s = z.string();\n";
const ZOD_MINI = "import * as z from 'zod/mini';\nexport const s = z.string();\n";

describe("lint: app code takes z from mini-zod, never from 'zod'", () => {
  it.each([
    'src/features/history/some-panel.tsx',
    'src/domain/round/some.schema.ts',
    'src/store/some-slice.ts',
    'src/runner/some-report.ts',
    'src/app/some-route.tsx',
  ])('refuses full zod in %s, naming mini-zod', async (file) => {
    const messages = await restrictedImports(file, FULL_ZOD);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("'zod' import is restricted");
    expect(messages[0]).toContain('src/domain/mini-zod');
  });

  it('refuses zod/mini taken directly (it comes without the English messages mini-zod loads)', async () => {
    const messages = await restrictedImports('src/features/pair/some-card.tsx', ZOD_MINI);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('mini-zod');
  });

  it('allows mini-zod itself, the build-time problem parser and scripts/', async () => {
    expect(await restrictedImports('src/domain/mini-zod.ts', ZOD_MINI)).toEqual([]);
    expect(await restrictedImports('src/domain/problem/problem.schema.ts', FULL_ZOD)).toEqual([]);
    expect(await restrictedImports('scripts/lib/some-tool.ts', FULL_ZOD)).toEqual([]);
  });

  it('keeps the other bans: zustand outside src/store, UI libraries in src/domain', async () => {
    const zustand = "import { create } from 'zustand';\nexport const c = create;\n";
    expect(await restrictedImports('src/features/history/x-panel.tsx', zustand)).toHaveLength(1);
    expect(await restrictedImports('src/store/x-slice.ts', zustand)).toEqual([]);
    const react = "import { useState } from 'react';\nexport const u = useState;\n";
    expect(await restrictedImports('src/domain/round/x-helper.ts', react)).toHaveLength(1);
    expect(await restrictedImports('src/domain/problem/problem.schema.ts', react)).toHaveLength(1);
  });
});
