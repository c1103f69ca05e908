/**
 * The shared workspace's follow-ups (issue 24), on a confirmed booking's page where the expert prepares the
 * workspace: a link is added in the notes and a code file removed through popovers used with the keyboard (no
 * browser dialog opens); the whiteboard's text font comes from this server, with no request refused in the console;
 * and an admin reads a report's attached workspace (notes as text, never as HTML; code files by name; the board as
 * JSON to download).
 */
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as Y from 'yjs';
import { connectDatabase, type DbHandle } from '../../api/src/platform/db/client';
import { contentReports, reportWorkspaceSnapshots } from '../../api/src/modules/reports/report.table';
import { createBookableExpert } from '../../api/src/seed/bookable-expert';
import { createCompletedBooking } from '../../api/src/seed/booking-factories';
import { createUser } from '../../api/src/seed/factories';
import { launchBrowser, newVisitor, signIn } from './browser';

const baseUrl = inject('baseUrl');

let browser: Browser;
let database: DbHandle;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  database = connectDatabase(inject('e2eDatabaseUrl'), 2);
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await database?.close();
});

/** A confirmed session tomorrow; its expert signed in on the booking page with the workspace open. */
async function expertPreparing(name: string): Promise<{ page: Page; dialogs: string[]; consoleErrors: string[]; bookingId: string }> {
  const {
    user: expertAccount,
    expert,
    offerings,
  } = await createBookableExpert(database.db, {
    displayName: name,
    prices: [{ model: 'FREE', durationMinutes: 30 }],
  });
  const client = await createUser(database.db, { displayName: 'Cora Client' });
  const booking = await createCompletedBooking(database.db, {
    userId: client.id,
    expert,
    offering: offerings[0]!,
    startsAt: new Date(Date.now() + 86_400_000),
    status: 'CONFIRMED',
  });
  const context = await newVisitor(browser, 'en-US');
  contexts.push(context);
  const page = await context.newPage();
  const dialogs: string[] = [];
  const consoleErrors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.dismiss();
  });
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  await signIn(page, expertAccount.email);
  await page.goto(`${baseUrl}/bookings/${booking.id}`);
  await page.getByRole('button', { name: 'Prepare the workspace' }).click({ timeout: 10_000 });
  await page.getByTestId('workspace-notes').waitFor({ timeout: 20_000 });
  return { page, dialogs, consoleErrors, bookingId: booking.id };
}

describe('workspace tools', () => {
  it('adds a link in the notes and removes a code file through popovers, with the keyboard', async () => {
    const { page, dialogs } = await expertPreparing('Lina Linker');
    const notes = page.getByTestId('workspace-notes');
    await notes.click();
    await page.keyboard.type('Read the docs', { delay: 10 });
    await page.keyboard.press('Control+a');

    const linkButton = page.getByRole('toolbar').getByRole('button', { name: 'Link' });
    await linkButton.focus();
    await page.keyboard.press('Enter');
    const address = page.getByRole('textbox', { name: 'Link address (leave empty to remove the link)' });
    await expect.poll(() => address.evaluate((element) => element === document.activeElement), { timeout: 10_000 }).toBe(true);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('https://example.org/docs');
    await page.keyboard.press('Enter');
    await expect.poll(() => notes.locator('a').getAttribute('href'), { timeout: 10_000 }).toBe('https://example.org/docs');
    expect(await notes.locator('a').textContent()).toBe('Read the docs');

    // Code: a file added, then "×": Escape keeps it, "Remove" removes it for both.
    await page.getByTestId('workspace').getByRole('tab', { name: 'Code' }).click();
    await page.getByRole('button', { name: 'New file' }).click();
    const tabs = page.getByTestId('workspace-file-tab');
    await expect.poll(() => tabs.count(), { timeout: 10_000 }).toBe(1);
    const fileName = (await tabs.first().textContent())!;
    await page.getByRole('button', { name: `Remove ${fileName}` }).click();
    const confirm = page.getByTestId('workspace-remove-file');
    await confirm.getByText(`Remove ${fileName} for both of you?`).waitFor();
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'hidden' });
    expect(await tabs.count()).toBe(1);
    await page.getByRole('button', { name: `Remove ${fileName}` }).click();
    await expect
      .poll(() => confirm.getByRole('button', { name: 'Remove', exact: true }).evaluate((element) => element === document.activeElement))
      .toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => tabs.count(), { timeout: 10_000 }).toBe(0);

    expect(dialogs).toEqual([]);
  });

  it('draws the whiteboard’s text in Excalidraw’s font served by this server, nothing refused', async () => {
    const { page, consoleErrors } = await expertPreparing('Fern Fonts');
    const fontRequests: { url: string; status: number }[] = [];
    page.on('requestfinished', (request) => {
      if (!/\.(woff2?|ttf)(\?|$)/.test(request.url())) return;
      void request.response().then((response) => fontRequests.push({ url: request.url(), status: response?.status() ?? 0 }));
    });
    page.on('requestfailed', (request) => {
      if (/\.(woff2?|ttf)(\?|$)/.test(request.url())) fontRequests.push({ url: request.url(), status: 0 });
    });

    await page.getByTestId('workspace').getByRole('tab', { name: 'Whiteboard' }).click();
    const board = page.getByTestId('workspace-board');
    await board.locator('canvas').first().waitFor({ timeout: 30_000 });
    // The board's text is drawn in Excalifont, which Excalidraw registered as it loaded: the browser fetches it from
    // where Excalidraw said, as it does for the first text written on the board.
    const loaded = await page.evaluate(async () => (await document.fonts.load('20px Excalifont', 'Hello board')).length);
    expect(loaded).toBeGreaterThan(0);
    await expect
      .poll(() => fontRequests.some((r) => r.url.startsWith(`${baseUrl}/assets/excalidraw/fonts/Excalifont/`) && r.status === 200), {
        timeout: 20_000,
      })
      .toBe(true);
    expect(fontRequests.filter((r) => !r.url.startsWith(baseUrl) || r.status !== 200)).toEqual([]);
    expect(consoleErrors.filter((text) => /Content Security Policy|font/i.test(text))).toEqual([]);
  });

  it('shows an admin the workspace attached to a report: notes as text, code files by name, the board as JSON', async () => {
    const { expert } = await createBookableExpert(database.db, { displayName: 'Ravi Reported' });
    const reporter = await createUser(database.db, { displayName: 'Sam Snapshot' });
    const notes = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('<img src=x onerror="document.title=\'pwned\'"> Call me at my number')]);
    notes.getXmlFragment('default').insert(0, [paragraph]);
    const code = new Y.Doc();
    const file = new Y.Map<unknown>();
    code.getArray('files').insert(0, [file]);
    file.set('id', 'f1');
    file.set('name', 'contact.py');
    file.set('language', 'python');
    file.set('text', new Y.Text('print("pay me outside Skillcall")'));
    const reason = 'He moved the session to his own payment link in the shared notes.';
    const [report] = await database.db
      .insert(contentReports)
      .values({ kind: 'EXPERT', targetId: expert.id, reporterId: reporter.id, reason })
      .returning();
    await database.db.insert(reportWorkspaceSnapshots).values({
      reportId: report!.id,
      bookingId: null,
      notes: Buffer.from(Y.encodeStateAsUpdate(notes)),
      code: Buffer.from(Y.encodeStateAsUpdate(code)),
      board: Buffer.from(Y.encodeStateAsUpdate(new Y.Doc())),
      takenAt: new Date(),
    });

    const context = await newVisitor(browser, 'en-US');
    contexts.push(context);
    const admin = await context.newPage();
    await signIn(admin, 'admin@skillcall.test', 'skillcall-demo');
    await admin.goto(`${baseUrl}/admin/reports`);
    const card = admin.getByTestId('report').filter({ hasText: reason });
    const workspace = card.getByRole('region', { name: 'Workspace attached by the reporter' });
    await workspace.waitFor({ timeout: 10_000 });
    // The Markdown as text (its `<` escaped as Markdown writes it), never as an element.
    const notesText = await workspace.getByTestId('report-workspace-notes').textContent();
    expect(notesText).toContain('img src=x onerror="document.title=');
    expect(notesText).toContain('Call me at my number');
    expect(await card.locator('img').count()).toBe(0);
    expect(await admin.title()).not.toBe('pwned');
    expect(await workspace.getByTestId('report-workspace-file-name').allTextContents()).toEqual(['contact.py']);
    expect(await workspace.getByTestId('report-workspace-file').textContent()).toContain('print("pay me outside Skillcall")');

    const [download] = await Promise.all([admin.waitForEvent('download'), workspace.getByTestId('report-workspace-board').click()]);
    const scene = JSON.parse(await readFile((await download.path())!, 'utf8')) as { type: string; elements: unknown[] };
    expect(scene).toMatchObject({ type: 'excalidraw', elements: [] });
  });

  it('lets the expert report a problem with the session from the booking page, the workspace attached, for an admin', async () => {
    const { page, bookingId } = await expertPreparing('Ezra Reporter');
    await page.getByTestId('workspace-notes').click();
    await page.keyboard.type('The client asked for my phone number.', { delay: 10 });

    await page.getByRole('button', { name: 'Report a problem with this session' }).click();
    const dialog = page.getByRole('dialog', { name: 'Report a problem with this session' });
    const reason = 'The client insulted me and asked to continue outside Skillcall.';
    await dialog.getByRole('textbox', { name: /Why are you reporting this/ }).fill(reason);
    await dialog.getByRole('checkbox', { name: 'Attach the session’s workspace' }).check();
    await dialog.getByRole('button', { name: 'Send the report' }).click();
    await expect.poll(() => dialog.getByTestId('report-sent').textContent(), { timeout: 10_000 }).toBe('Thanks, an admin will look at it.');

    const context = await newVisitor(browser, 'en-US');
    contexts.push(context);
    const admin = await context.newPage();
    await signIn(admin, 'admin@skillcall.test', 'skillcall-demo');
    await admin.goto(`${baseUrl}/admin/reports`);
    const card = admin.getByTestId('report').filter({ hasText: reason });
    await card.waitFor({ timeout: 10_000 });
    expect(await card.getByTestId('report-kind').textContent()).toBe('Session');
    expect(await card.getByTestId('report-target').textContent()).toContain(bookingId);
    expect(await card.getByTestId('report-workspace-notes').textContent()).toContain('The client asked for my phone number.');
    // A session is closed, not hidden.
    expect(await card.getByRole('button', { name: 'Suspend the profile' }).count()).toBe(0);
    await card.getByLabel(/^Your note/).fill('Warned the client.');
    await card.getByRole('button', { name: 'Close the report' }).click();
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(0);
  });
});
