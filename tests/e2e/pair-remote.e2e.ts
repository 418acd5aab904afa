import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../../scripts/serve/app-server';
import { openBrowser, type BrowserSession } from './support/browser';
import { setEditorCode, waitForEditor } from './support/editor';
import { readProblemFile, readProblemMeta } from './support/problems';
import { estimateAndReveal, secondsLeft, seriousViolations } from './support/round';

// Two "machines": two Chromium profiles sharing no storage, joined through the relay that
// `npm start` serves (started here, on its own port, with the built app).
const SLUG = 'two-sum';
const meta = readProblemMeta(SLUG) as ReturnType<typeof readProblemMeta> & {
  hints: string[];
  complexity: { time: string; space: string };
};
const SOLUTION = readProblemFile(SLUG, 'solution.js');
const PORT = Number(process.env.E2E_PORT ?? 4173) + 10;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DIST = path.resolve(import.meta.dirname, '../../dist');

let server: AppServer;
let candidateSession: BrowserSession;
let partnerSession: BrowserSession;
let candidate: Page;
let partner: Page;
let link = '';

const startServer = async () => {
  server = await startAppServer({ root: DIST, host: '127.0.0.1', port: PORT });
};

async function open(): Promise<BrowserSession> {
  const session = await openBrowser();
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  return session;
}

const codeOf = (page: Page) => page.getByLabel('Candidate’s code, read only').innerText();

beforeAll(async () => {
  await startServer();
  [candidateSession, partnerSession] = await Promise.all([open(), open()]);
  candidate = candidateSession.page;
  partner = partnerSession.page;
});
afterAll(async () => {
  await Promise.all([candidateSession?.close(), partnerSession?.close()]);
  await server?.close();
});

describe('pair practice across two machines, through the relay', () => {
  it('the partner joins by link; code with the cursor, the clock and a hint go live both ways', async () => {
    await candidate.goto(`${ORIGIN}/problems/${SLUG}`);
    await waitForEditor(candidate);
    await candidate.getByRole('button', { name: 'Start round', exact: true }).click();
    const dialog = candidate.getByRole('dialog', { name: /^Start a round: / });
    await dialog.getByRole('radio', { name: /Practice/ }).check();
    await dialog.getByRole('button', { name: 'Start round', exact: true }).click();
    await candidate.waitForURL(`${ORIGIN}/round`);

    await candidate.getByRole('button', { name: 'Invite a partner', exact: true }).click();
    link = await candidate.getByLabel(/^Link for your partner/).inputValue();
    expect(link).toMatch(new RegExp(`^${ORIGIN}/pair/[A-Za-z0-9_-]{22}#[A-Za-z0-9_-]{43}$`));
    await candidate.getByText('Waiting for your partner to open the link…').waitFor();

    await partner.goto(link);
    await partner.getByRole('heading', { level: 1, name: `Interviewer: ${meta.title}` }).waitFor();
    await candidate.getByText('Your partner joined', { exact: false }).waitFor();
    await partner.getByText('Candidate connected').waitFor();
    // The key never left the browsers: no request to the server carries it.
    const key = link.split('#')[1]!;
    for (const s of [candidateSession, partnerSession])
      expect(s.requests.filter((url) => url.includes(key))).toEqual([]);

    await candidate.getByRole('button', { name: 'Start coding', exact: true }).click();
    await partner.getByText('Coding', { exact: true }).waitFor();
    // One deadline on both screens (≤ 1 s apart: the two reads are a moment apart).
    const [mine, theirs] = await Promise.all([
      secondsLeft(candidate),
      partner.getByRole('timer', { name: 'Time left' }).innerText(),
    ]);
    const [m, s] = theirs.replace(' left', '').split(':').map(Number);
    expect(Math.abs((m ?? 0) * 60 + (s ?? 0) - mine)).toBeLessThanOrEqual(1);

    await setEditorCode(candidate, SOLUTION);
    await expect.poll(() => codeOf(partner), { timeout: 15_000 }).toContain('new Map()');
    // The editor is read only there, with the candidate's cursor drawn in it.
    await partner.getByTestId('candidate-caret').waitFor({ state: 'attached' });
    expect(await partner.locator('.monaco-editor').count()).toBe(0);

    // The candidate's own test case, and what the code got on it at the Run, reach the partner.
    const panel = candidate.getByRole('region', { name: 'Your test cases' });
    await panel.getByRole('button', { name: 'Add test case' }).click();
    const form = candidate.getByRole('form', { name: 'New test case' });
    await form.getByLabel('nums').fill('[3, 3]');
    await form.getByLabel('target').fill('6');
    await form.getByRole('button', { name: 'Save test case' }).click();
    await panel.getByRole('listitem', { name: 'Custom 1' }).waitFor();
    const cases = partner.getByRole('list', { name: 'Candidate’s test cases' });
    const shared = cases.getByRole('listitem', { name: 'Custom 1' });
    await expect
      .poll(() => shared.innerText(), { timeout: 15_000 })
      .toContain('nums = [3,3], target = 6');
    expect(await shared.innerText()).toContain('Expected (reference): [0,1]');
    await candidate.getByRole('button', { name: 'Run', exact: true }).click();
    await expect
      .poll(() => shared.innerText(), { timeout: 30_000 })
      .toMatch(/Last run \(\d\d:\d\d\): Passed · got \[0,1\]/);

    const hints = candidate.getByRole('region', { name: /Hints/ });
    await partner.getByRole('button', { name: 'Give hint 1', exact: true }).click();
    await hints.getByText(meta.hints[0]!).waitFor();
    await partner.getByText(/Given at \d\d:\d\d/).waitFor();
    expect(await hints.getByText(meta.hints[1]!).count()).toBe(0);

    expect(await seriousViolations(partner)).toEqual([]);
    expect(await seriousViolations(candidate)).toEqual([]);
  });

  it('a third client (a second interviewer, a wrong key) is refused with a clear message', async () => {
    const third = await open();
    try {
      await third.page.goto(link);
      await third.page
        .getByRole('alert')
        .getByText('Another interviewer is already in this round', { exact: false })
        .waitFor();
      const [room, key] = link.split('#') as [string, string];
      const wrong = `${key.slice(0, -4)}${key.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
      // The real interviewer holds the role: the wrong key shows as taken or refused, never the round.
      await partner.close();
      await candidate.getByText('Your partner left', { exact: false }).waitFor();
      await third.page.goto(`${room}#${wrong}`);
      await third.page.getByText('This link’s key does not open', { exact: false }).waitFor();
      expect(await third.page.getByLabel('Candidate’s code, read only').count()).toBe(0);
      await candidate.getByText('opened this room with a wrong key', { exact: false }).waitFor();
      expect(third.pageErrors).toEqual([]);
    } finally {
      await third.close();
    }
    partner = await partnerSession.context.newPage();
    await partner.goto(link);
    await expect.poll(() => codeOf(partner), { timeout: 15_000 }).toContain('new Map()');
    await candidate.getByText('Your partner joined', { exact: false }).waitFor();
  });

  it('the partner offline for 10 s while the candidate types: nothing lost, nobody blocked', async () => {
    await partnerSession.context.setOffline(true);
    const during = `${SOLUTION}\n// typed while the partner was offline`;
    await setEditorCode(candidate, during); // checks the candidate's own editor took it at once
    await partner.waitForTimeout(10_000);
    expect(await codeOf(partner)).not.toContain('while the partner was offline');
    await partnerSession.context.setOffline(false);
    await expect
      .poll(() => codeOf(partner), { timeout: 30_000 })
      .toContain('typed while the partner was offline');
  });

  it('the relay restarts mid-round: both reconnect by themselves and converge', async () => {
    await server.close();
    await partner.getByText('Connection lost: reconnecting', { exact: false }).waitFor();
    const during = `${SOLUTION}\n// typed while the relay was down`;
    await setEditorCode(candidate, during);
    await startServer();
    await expect
      .poll(() => codeOf(partner), { timeout: 30_000 })
      .toContain('typed while the relay was down');
    await candidate.getByText('Your partner joined', { exact: false }).waitFor();
  });

  it('the partner joins by a code read out instead of the link', async () => {
    await partner.close();
    await candidate.getByText('Your partner left', { exact: false }).waitFor();
    await candidate.getByRole('button', { name: 'Get a code to read out', exact: true }).click();
    const code = await candidate.getByLabel('Code to read out').innerText({ timeout: 30_000 });
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);

    partner = await partnerSession.context.newPage();
    await partner.goto(`${ORIGIN}/pair`);
    const input = partner.getByLabel('Code from the candidate');
    // A mistyped code is refused with a message (and costs one of the code's 5 attempts).
    await input.fill(`${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`);
    await partner.getByRole('button', { name: 'Join', exact: true }).click();
    await partner
      .getByRole('alert')
      .getByText('That code is wrong (4 attempts left for it)', { exact: false })
      .waitFor({ timeout: 30_000 });
    // Typed as heard: lower case, spaces instead of dashes.
    await input.fill(code.toLowerCase().replace(/-/g, ' '));
    await partner.getByRole('button', { name: 'Join', exact: true }).click();
    // The same room as the link (its key arrives in the fragment, from the blob the code opened).
    await partner.waitForURL((url) => url.href === link, { timeout: 30_000 });
    await expect.poll(() => codeOf(partner), { timeout: 15_000 }).toContain('new Map()');
    await candidate.getByText('Your partner joined', { exact: false }).waitFor();
    expect(await seriousViolations(partner)).toEqual([]);
    // Neither the code's secret part nor the key is in any request URL.
    const secret = code.replace(/-/g, '').slice(4);
    const key = link.split('#')[1]!;
    expect(
      partnerSession.requests.filter((url) => url.includes(secret) || url.includes(key)),
    ).toEqual([]);
    // A code works once.
    const late = await open();
    try {
      await late.page.goto(`${ORIGIN}/pair`);
      await late.page.getByLabel('Code from the candidate').fill(code);
      await late.page.getByRole('button', { name: 'Join', exact: true }).click();
      await late.page.getByText('No such code', { exact: false }).waitFor({ timeout: 30_000 });
    } finally {
      await late.close();
    }
  });

  it('the candidate saves before the partner scores: the rubric still reaches the saved round', async () => {
    await setEditorCode(candidate, SOLUTION);
    await candidate.getByRole('button', { name: "I'm done", exact: true }).click();
    await candidate.getByRole('button', { name: "Yes, I'm done", exact: true }).click();
    await estimateAndReveal(candidate, meta.complexity);
    // Locked estimates are shared.
    await partner
      .getByText(`time ${meta.complexity.time}, space ${meta.complexity.space}`, { exact: false })
      .waitFor();
    await candidate.getByRole('button', { name: 'Continue to recap', exact: true }).click();
    await partner.getByText('Recap', { exact: true }).waitFor();

    const roundId = await candidate.evaluate(() =>
      Object.keys(sessionStorage)
        .find((k) => k.startsWith('mockround-pair-room:'))
        ?.slice('mockround-pair-room:'.length),
    );
    // The candidate saves first: the round page closes, the room stays open for the rubric.
    await candidate.getByRole('radio', { name: '4 · Good' }).check();
    await candidate.getByRole('button', { name: 'Save recap', exact: true }).click();
    await candidate.waitForURL(`${ORIGIN}/rounds`);
    await partner.getByText('Saved', { exact: true }).waitFor();

    const form = partner.getByRole('form', { name: 'Rubric' });
    for (const area of [
      'Communication',
      'Problem solving',
      'Code quality',
      'Testing',
      'Complexity analysis',
    ]) {
      const group = form.getByRole('group', { name: area });
      await group.getByRole('radio', { name: /^3 · / }).check();
      await group.getByRole('textbox', { name: `${area} notes` }).fill(`${area}: remote note`);
    }
    await form.getByRole('button', { name: 'Save rubric' }).click();
    // Echoed back once written into the candidate's saved record.
    await partner.getByText('Rubric saved in the round.').waitFor({ timeout: 15_000 });

    await candidate.goto(`${ORIGIN}/history/${roundId}`);
    const saved = candidate.getByRole('table', {
      name: 'Scores from the pair practice interviewer',
    });
    await saved.waitFor();
    expect(await saved.getByRole('row', { name: /Code quality/ }).innerText()).toContain(
      'Code quality: remote note',
    );
    expect(candidateSession.pageErrors).toEqual([]);
    expect(partnerSession.pageErrors).toEqual([]);
  });
});
