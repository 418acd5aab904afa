import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setEditorCode } from './support/editor';
import { readProblemFile, readProblemMeta } from './support/problems';
import { parseSummary, runAndWatch } from './support/results';
import { estimateAndReveal, seriousViolations, startRound } from './support/round';
import { appUrl } from './support/server';
import { itStayedLocalAndQuiet, useBrowser } from './support/session';

const SLUG = 'two-sum';
const meta = readProblemMeta(SLUG) as ReturnType<typeof readProblemMeta> & {
  hints: string[];
  complexity: { time: string; space: string };
  interviewer: { clarifications: { q: string; a: string }[]; followUps: string[] };
};
const SOLUTION = readProblemFile(SLUG, 'solution.js');
const AREAS = [
  ['Communication', 4, 'Talked through every step'],
  ['Problem solving', 3, 'Needed the first hint'],
  ['Code quality', 4, 'Clear names'],
  ['Testing', 2, 'Ran only the visible tests'],
  ['Complexity analysis', 3, 'Missed the space cost at first'],
] as const;

/** From the problem page: Start round → Practice → /round in the brief. */
const startPracticeRound = (page: Page) => startRound(page, SLUG, 'Practice');

/** Clicks "Open interviewer view" and returns the interviewer's window once its view shows. */
async function openInterviewer(candidate: Page): Promise<Page> {
  const opened = candidate.context().waitForEvent('page');
  await candidate.getByRole('button', { name: 'Open interviewer view', exact: true }).click();
  const interviewer = await opened;
  await interviewer
    .getByRole('heading', { level: 1, name: `Interviewer: ${meta.title}` })
    .waitFor();
  return interviewer;
}

describe('pair practice: candidate and interviewer windows', () => {
  const session = useBrowser();
  let roundId = '';

  it('hints given by the interviewer reach the candidate; prompts, code and runs reach the interviewer', async () => {
    const { page: candidate } = session();
    await startPracticeRound(candidate);
    const interviewer = await openInterviewer(candidate);
    roundId = new URL(interviewer.url()).pathname.split('/').at(-1) ?? '';
    expect(roundId).not.toBe('');
    await interviewer.getByText('Candidate connected').waitFor();

    // The script is the interviewer's: the candidate no longer sees the answers nor the nudge.
    const answer = meta.interviewer.clarifications[0]!.a;
    await interviewer.getByText(answer).waitFor();
    expect(await candidate.getByText(answer).count()).toBe(0);
    expect(await candidate.getByRole('button', { name: 'Add to notes' }).count()).toBe(0);

    // The clarify prompt is due in the brief: the interviewer reads it and marks it.
    const prompts = interviewer.getByRole('region', { name: 'Prompts to read aloud' });
    await prompts.getByText(/^Which questions would you ask/).waitFor();
    await prompts.getByRole('button', { name: 'Mark as asked' }).click();
    await prompts.getByText('No prompt is due right now.').waitFor();

    await candidate.getByRole('button', { name: 'Start coding', exact: true }).click();
    await interviewer.getByText('Coding', { exact: true }).waitFor();
    // Entering the code phase makes the next prompt due, for the interviewer only.
    await prompts.getByText('State your approach before you type.', { exact: true }).waitFor();
    expect(await candidate.getByText('State your approach before you type.').count()).toBe(0);
    expect(await candidate.getByRole('button', { name: /Show hint/ }).count()).toBe(0);

    const hints = candidate.getByRole('region', { name: /Hints/ });
    expect(await hints.getByText(meta.hints[0]!).count()).toBe(0);
    await interviewer.getByRole('button', { name: 'Give hint 1', exact: true }).click();
    await hints.getByText(meta.hints[0]!).waitFor();
    await hints.getByText('Your interviewer gave hint 1.').waitFor();
    await interviewer.getByText(/Given at \d\d:\d\d/).waitFor();
    await interviewer.getByRole('button', { name: 'Give hint 2', exact: true }).waitFor();
    // The next rung stays with the interviewer.
    expect(await hints.getByText(meta.hints[1]!).count()).toBe(0);

    await setEditorCode(candidate, SOLUTION);
    const code = interviewer.getByLabel('Candidate’s code, read only');
    await expect.poll(() => code.innerText()).toContain('new Map()');
    const run = await runAndWatch(candidate, { click: 'Run' });
    const { passed } = parseSummary(run.text);
    await interviewer.getByText(new RegExp(`ran — ${passed} passed, 0 failed`)).waitFor();

    expect(await seriousViolations(interviewer)).toEqual([]);
    expect(await seriousViolations(candidate)).toEqual([]);
  });

  it('the interviewer fills the rubric at the recap; it shows in the recap and the saved round', async () => {
    const { page: candidate, context } = session();
    let interviewer = context.pages().find((p) => p.url().includes('/interviewer/'))!;

    await candidate.getByRole('button', { name: "I'm done", exact: true }).click();
    await candidate.getByRole('button', { name: "Yes, I'm done", exact: true }).click();
    await estimateAndReveal(candidate, meta.complexity);
    await candidate.getByRole('button', { name: 'Continue to recap', exact: true }).click();
    await candidate.getByText(/Your interviewer is filling in the rubric/).waitFor();

    // Closing and reopening the interviewer window: it comes back from the round as saved.
    await interviewer.close();
    await candidate.getByText('The interviewer window is closed', { exact: false }).waitFor();
    interviewer = await openInterviewer(candidate);
    await interviewer.getByText('Recap', { exact: true }).waitFor();
    await interviewer.getByText(/Given at \d\d:\d\d/).waitFor();

    const form = interviewer.getByRole('form', { name: 'Rubric' });
    for (const [area, score, notes] of AREAS) {
      const group = form.getByRole('group', { name: area });
      await group.getByRole('radio', { name: new RegExp(`^${score} · `) }).check();
      await group.getByRole('textbox', { name: `${area} notes` }).fill(notes);
    }
    expect(await seriousViolations(interviewer)).toEqual([]);
    await form.getByRole('button', { name: 'Save rubric' }).click();
    await interviewer.getByText('Rubric saved in the round.').waitFor();

    const table = candidate.getByRole('table', { name: 'Your interviewer’s rubric' });
    await table.waitFor();
    expect(await table.innerText()).toContain('Needed the first hint');
    expect(await table.getByRole('row', { name: /Testing/ }).innerText()).toContain(
      '2/4 (Developing)',
    );

    await candidate.getByRole('radio', { name: '4 · Good' }).check();
    await candidate.getByRole('button', { name: 'Save recap', exact: true }).click();
    await candidate.waitForURL(appUrl('/rounds'));
    await interviewer.getByText('Saved', { exact: true }).waitFor();

    await candidate.goto(appUrl(`/history/${roundId}`));
    const saved = candidate.getByRole('table', {
      name: 'Scores from the pair practice interviewer',
    });
    await saved.waitFor();
    for (const [area, score, notes] of AREAS) {
      const row = await saved.getByRole('row', { name: new RegExp(area) }).innerText();
      expect(row).toContain(`${score}/4`);
      expect(row).toContain(notes);
    }
    expect(await seriousViolations(candidate)).toEqual([]);
  });

  it('on one screen, the interviewer panel gives hints beside the candidate’s work', async () => {
    const { page, context } = session();
    for (const other of context.pages().filter((p) => p !== page)) await other.close();
    await startPracticeRound(page);
    await page.getByRole('button', { name: 'Start coding', exact: true }).click();
    const toggle = page.getByRole('button', { name: 'Interviewer panel', exact: true });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const panel = page.getByRole('complementary', { name: 'Interviewer panel' });
    await panel.getByRole('region', { name: 'Hint ladder' }).waitFor();
    // The prompt is the panel's now, not a nudge for the candidate.
    await panel.getByText('State your approach before you type.', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Add to notes' }).count()).toBe(0);
    // The candidate sees this screen too: no complexity (rubric notes, follow-ups, hints not
    // given) before both estimates.
    await panel
      .getByText(/names the expected complexity/)
      .first()
      .waitFor();
    expect(await panel.innerText()).not.toMatch(/\b[OΘ]\(/);

    await panel.getByRole('button', { name: 'Give hint 1', exact: true }).click();
    const hints = page.getByRole('region', { name: /Hints/ });
    await hints.getByText(meta.hints[0]!).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  itStayedLocalAndQuiet(session);
});

describe('pair practice in Python', () => {
  const session = useBrowser();

  it('the interviewer follows the candidate’s Python code and its runs, and gives a hint', async () => {
    const { page: candidate } = session();
    await startRound(candidate, SLUG, 'Practice', async (dialog) => {
      await dialog.getByRole('combobox', { name: 'Language', exact: true }).selectOption('py');
    });
    const interviewer = await openInterviewer(candidate);
    await interviewer.getByText('Candidate connected').waitFor();
    await candidate.getByRole('button', { name: 'Start coding', exact: true }).click();
    await interviewer.getByText('Coding', { exact: true }).waitFor();

    await setEditorCode(candidate, readProblemFile(SLUG, 'solution.py'));
    const code = interviewer.getByLabel('Candidate’s code, read only');
    await expect.poll(() => code.innerText()).toContain('def two_sum(');
    const run = await runAndWatch(candidate, { click: 'Run' });
    const { passed, failed } = parseSummary(run.text);
    expect(failed).toBe(0);
    await interviewer.getByText(new RegExp(`ran — ${passed} passed, 0 failed`)).waitFor();

    await interviewer.getByRole('button', { name: 'Give hint 1', exact: true }).click();
    await candidate.getByRole('region', { name: /Hints/ }).getByText(meta.hints[0]!).waitFor();
    expect(await seriousViolations(interviewer)).toEqual([]);
  });

  itStayedLocalAndQuiet(session);
});
