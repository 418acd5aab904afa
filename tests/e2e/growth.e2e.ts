import { describe, expect, it } from 'vitest';
import { setEditorCode } from './support/editor';
import { readProblemFile, readProblemMeta } from './support/problems';
import {
  estimateAndReveal,
  savedActiveRound,
  seriousViolations,
  startRound,
} from './support/round';
import { useBrowser } from './support/session';

const SLUG = 'two-sum';
const meta = readProblemMeta(SLUG) as ReturnType<typeof readProblemMeta> & {
  complexity: { time: string; space: string };
};
const SOLUTION = readProblemFile(SLUG, 'solution.js');

describe('growth measurement', () => {
  const session = useBrowser();

  it('measures the final code beside the reference in the reveal and saves the class in the round', async () => {
    const { page } = session();
    await startRound(page, SLUG, 'Practice');
    await page.getByRole('button', { name: 'Start coding', exact: true }).click();
    await setEditorCode(page, SOLUTION);
    // Not before both estimates are given, in practice mode too.
    expect(await page.getByRole('button', { name: 'Measure growth', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: "I'm done", exact: true }).click();
    await page.getByRole('button', { name: "Yes, I'm done", exact: true }).click();
    await estimateAndReveal(page, meta.complexity);

    // It starts by itself once the tests ran; measuring again is offered afterwards.
    await page.getByRole('progressbar', { name: 'Measuring growth' }).waitFor();
    const classes = page.locator('.growth-classes');
    await classes.waitFor({ timeout: 20_000 });
    expect(await classes.innerText()).toMatch(
      /Your code: (likely O\(.+\), (high|medium|low) confidence|could not measure)/,
    );
    expect(await classes.innerText()).toMatch(/Reference: likely O\(/);
    await page.locator('.growth-chart canvas').first().waitFor();
    expect(
      await page
        .getByRole('table', { name: 'Measured time per call by input size' })
        .getByRole('row')
        .count(),
    ).toBeGreaterThan(3);
    await page.getByRole('columnheader', { name: 'Your code (measured)' }).waitFor();
    await expect
      .poll(
        async () =>
          (await savedActiveRound(page)) !== null &&
          JSON.stringify(await savedActiveRound(page)).includes('"growth"'),
      )
      .toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
