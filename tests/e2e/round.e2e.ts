import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { normalizeCode, readEditorCode, setEditorCode, waitForEditor } from './support/editor';
import { caseCounts } from './support/problem-page';
import { readProblemFile, readProblemMeta } from './support/problems';
import { parseSummary, runAndWatch } from './support/results';
import { appUrl } from './support/server';
import {
  addNote,
  installClock,
  notesText,
  pageNow,
  savedActiveRound,
  secondsLeftAt,
  seriousViolations,
  startRound as startRoundFrom,
} from './support/round';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

const SLUG = 'two-sum';
const meta = readProblemMeta(SLUG) as ReturnType<typeof readProblemMeta> & {
  timeLimitMinutes: number;
  complexity: { time: string; space: string };
};
const counts = caseCounts(
  JSON.parse(readProblemFile(SLUG, 'tests.json')) as { cases: { hidden: boolean }[] },
);
const SOLUTION = readProblemFile(SLUG, 'solution.js');
const DRAFT = `function twoSum(nums, target) {\n// round draft ${Date.now()}\nreturn [0, 1];\n}\n`;

/** From a problem page: Start round → the dialog (its duration is the problem's) → /round. */
const startRound = (page: Page, mode: 'Practice' | 'Timed') =>
  startRoundFrom(page, SLUG, mode, async (dialog) => {
    expect(await dialog.getByRole('spinbutton', { name: 'Duration (minutes)' }).inputValue()).toBe(
      String(meta.timeLimitMinutes),
    );
  });

describe('the interview round', () => {
  const session = useBrowser();

  it('runs a full round from Start round to a saved recap', async () => {
    const { page } = session();
    await installClock(page);
    await startRound(page, 'Practice');
    expect(await seriousViolations(page)).toEqual([]);

    const clarify = page.getByRole('region', { name: /Which questions would you ask/ });
    await clarify.getByRole('textbox', { name: 'Your answer' }).fill('Is there always an answer?');
    await clarify.getByRole('button', { name: 'Add to notes' }).click();
    expect(await notesText(page)).toContain('Is there always an answer?');

    await page.getByRole('button', { name: 'Start coding', exact: true }).click();
    await setEditorCode(page, SOLUTION);
    await addNote(page, 'Map from value to index');
    const run = await runAndWatch(page, { click: 'Run' });
    expect(parseSummary(run.text)).toEqual({ passed: counts.visible, failed: 0 });
    await page.getByText('1 run so far').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // I'm done asks first: Cancel keeps coding, the confirmation ends it.
    await page.getByRole('button', { name: "I'm done", exact: true }).click();
    const confirm = page.getByRole('alertdialog', { name: 'End coding now?' });
    await confirm.getByRole('button', { name: 'Cancel', exact: true }).click();
    expect(await confirm.count()).toBe(0);
    await page.getByRole('button', { name: "I'm done", exact: true }).click();
    await confirm.getByRole('button', { name: "Yes, I'm done", exact: true }).click();
    await page.getByRole('heading', { name: 'Estimate the complexity' }).waitFor();
    await page
      .getByRole('combobox', { name: 'Time complexity', exact: true })
      .selectOption(meta.complexity.time);
    await page
      .getByRole('combobox', { name: 'Space complexity', exact: true })
      .selectOption(meta.complexity.space);
    await page.getByRole('textbox', { name: 'Why? A short reason' }).fill('One pass, one map');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Reveal results', exact: true }).click();

    await page.getByRole('heading', { level: 1, name: 'Round results' }).waitFor();
    await page.getByText(`${counts.all} of ${counts.all} tests passed`).waitFor();
    const results = page.getByRole('region', { name: 'Results' });
    await expect
      .poll(() => results.getByRole('status').innerText())
      .toContain(`${counts.all} passed, 0 failed`);
    // The verdicts are about the candidate's code; space is never measured, so it is self-scored.
    const own = page.getByRole('region', { name: 'Is your estimate right about your code?' });
    await own
      .getByRole('group', { name: /space estimate right about your code/ })
      .getByRole('radio', { name: 'Right', exact: true })
      .check();
    await page.getByRole('radio', { name: 'Correct', exact: true }).check();
    expect(await page.getByLabel('Reference solution code').innerText()).toContain('new Map()');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Continue to recap', exact: true }).click();
    await page.getByRole('textbox', { name: 'What went well?' }).fill('Asked before coding');
    await page.getByRole('textbox', { name: 'What could have gone better?' }).fill('Typing speed');
    await page
      .getByRole('textbox', { name: 'What will you do to prepare for the next one?' })
      .fill('Another hash-map problem');
    const save = page.getByRole('button', { name: 'Save recap', exact: true });
    expect(await save.isDisabled()).toBe(true);
    await page.getByRole('radio', { name: '4 · Good' }).check();
    await page.getByText(/Nice work/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await save.click();

    await page.waitForURL(appUrl('/rounds'));
    await page.getByText('Round saved.', { exact: false }).waitFor();
    // Saved to the records and no longer the active round, on disk too.
    await expect.poll(() => savedActiveRound(page)).toBeNull();
    const first = page.getByRole('list', { name: 'Past rounds' }).getByRole('listitem').first();
    expect(await first.innerText()).toContain(meta.title);
    expect(await first.innerText()).toMatch(
      /Time O\(n\): .+ · Space O\(n\): Right about your code/,
    );
  });

  it('a reload in the code phase restores the code, the notes and the time left (±1 s)', async () => {
    const { page } = session();
    await startRound(page, 'Timed');
    await page.getByRole('button', { name: 'Start coding', exact: true }).click();
    await setEditorCode(page, DRAFT);
    await addNote(page, 'Brute force is O(n²)');
    await page.clock.fastForward('03:00');
    // The autosave lands within ~300 ms of a change.
    await expect
      .poll(async () => {
        const saved = await savedActiveRound(page);
        return saved && normalizeCode(saved.code) === normalizeCode(DRAFT) && saved.notes.length;
      })
      .toBe(1);

    // Readings at whole seconds apart, so the display's one-second steps cannot blur the check.
    const t1 = Math.ceil((await pageNow(page)) / 1000) * 1000 + 1000;
    const before = await secondsLeftAt(page, t1);
    expect(before).toBeLessThanOrEqual(meta.timeLimitMinutes * 60 - 180);
    const deadline = (await savedActiveRound(page))?.deadline;
    await page.reload();
    await waitForEditor(page);
    const t2 = Math.ceil((await pageNow(page)) / 1000) * 1000 + 1000;
    const after = await secondsLeftAt(page, t2);

    expect((await savedActiveRound(page))?.deadline).toBe(deadline);
    const expected = before - (t2 - t1) / 1000;
    expect(Math.abs(after - expected)).toBeLessThanOrEqual(1);
    expect(normalizeCode(await readEditorCode(page))).toBe(normalizeCode(DRAFT));
    expect(await notesText(page)).toContain('Brute force is O(n²)');
    expect(await page.getByRole('button', { name: "I'm done", exact: true }).isVisible()).toBe(
      true,
    );
  });

  it('when time runs out the editor locks and the round moves to the estimate', async () => {
    const { page } = session();
    await page.clock.fastForward(`${meta.timeLimitMinutes}:00`);
    await page.getByRole('heading', { name: 'Estimate the complexity' }).waitFor();
    await page.getByText(/Time ran out/).waitFor();
    expect(await page.getByRole('timer').count()).toBe(0);

    await waitForEditor(page);
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.type('let typedAfterTime = 1;');
    await page.waitForTimeout(300);
    expect(normalizeCode(await readEditorCode(page))).toBe(normalizeCode(DRAFT));
    // Still locked after a reload: the round is in the estimate phase for good.
    await page.reload();
    await page.getByRole('heading', { name: 'Estimate the complexity' }).waitFor();
    expect(normalizeCode(await readEditorCode(page))).toBe(normalizeCode(DRAFT));
  });

  it('"Reveal results" stays impossible until both estimates are given', async () => {
    const { page } = session();
    const reveal = page.getByRole('button', { name: 'Reveal results', exact: true });
    expect(await reveal.isDisabled()).toBe(true);
    await page
      .getByRole('combobox', { name: 'Time complexity', exact: true })
      .selectOption('O(n²)');
    expect(await reveal.isDisabled()).toBe(true);
    await page
      .getByRole('combobox', { name: 'Space complexity', exact: true })
      .selectOption('other');
    expect(await reveal.isDisabled()).toBe(true);
    const other = page.getByRole('textbox', { name: 'Space complexity, written out' });
    await other.fill('O(n·m)');
    expect(await reveal.isDisabled()).toBe(false);
    await other.fill('');
    expect(await reveal.isDisabled()).toBe(true);
    // Pressing Enter in the form does not get around the disabled button either.
    await other.press('Enter');
    expect(await page.getByRole('heading', { name: 'Estimate the complexity' }).isVisible()).toBe(
      true,
    );

    await other.fill('O(1)');
    await reveal.click();
    await page.getByRole('heading', { level: 1, name: 'Round results' }).waitFor();
    await page.getByText(/\d+ of \d+ tests passed/).waitFor();
    await page.getByRole('button', { name: 'Continue to recap', exact: true }).click();
    await page.getByRole('radio', { name: '2 · Shaky' }).check();
    await page.getByText(/Step away for ten minutes/).waitFor();
    await page.getByRole('button', { name: 'Save recap', exact: true }).click();
    await page.waitForURL(appUrl('/rounds'));
  });

  it('finished rounds appear in the past rounds, newest first, after a reload too', async () => {
    const { page } = session();
    await page.goto(appUrl('/'));
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Rounds' })
      .click();
    const items = page.getByRole('list', { name: 'Past rounds' }).getByRole('listitem');
    await expect.poll(() => items.count()).toBe(2);
    const [newest, older] = [await items.nth(0).innerText(), await items.nth(1).innerText()];
    expect(newest).toContain('Timed');
    const full = `${String(meta.timeLimitMinutes).padStart(2, '0')}:00`;
    expect(newest).toContain(`${full} of ${full}`); // the time ran out
    expect(newest).toContain('2 of 5 (Shaky)');
    expect(older).toContain('Practice');
    expect(older).toContain('4 of 5 (Good)');
    expect(older).toContain('Correct');
    expect(await seriousViolations(page)).toEqual([]);
    await page.reload();
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.nth(0).innerText()).toBe(newest);
  });

  itStayedLocalAndQuiet(session);
});
