import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeedProblems, seedRounds } from '../../scripts/seed-rounds';
import { createExportBundle, serializeExportBundle } from '../../src/domain/history/export-bundle';
import { appUrl } from './support/server';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

/** Names every object inherits: a lookup by slug must never find them. */
const SLUGS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

describe('slugs that are Object.prototype names', () => {
  const session = useBrowser();

  it.each(SLUGS)('/problems/%s is an unknown problem', async (slug) => {
    const { page } = session();
    await page.goto(appUrl(`/problems/${slug}`));
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await page.getByRole('main').innerText()).toContain(`No problem is called “${slug}”`);
  });

  it('imported rounds with such slugs are shown like rounds of any unknown problem', async () => {
    const { page } = session();
    const [problem] = readSeedProblems(path.resolve(import.meta.dirname, '../../problems')).filter(
      (p) => p.slug === 'two-sum',
    );
    if (!problem) throw new Error('problems/two-sum is missing');
    const rounds = seedRounds([problem], { count: SLUGS.length, seed: 7, end: Date.now() }).map(
      (round, i) => ({ ...round, problemSlug: SLUGS[i] as string }),
    );
    await page.goto(appUrl('/history'));
    await page.getByLabel('Import data').setInputFiles({
      name: 'prototype-slugs.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serializeExportBundle(createExportBundle(rounds, Date.now()))),
    });
    await page.getByText(new RegExp(`${SLUGS.length} added, 0 updated, 0 unchanged`)).waitFor();
    for (const slug of SLUGS) await page.getByText(slug, { exact: true }).first().waitFor();
    for (const round of rounds) {
      await page.goto(appUrl(`/history/${round.id}`));
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getByRole('main').innerText()).not.toMatch(/something went wrong/i);
    }
  });

  itStayedLocalAndQuiet(session);
});
