/**
 * The shared workspace (issue 24), in two browser profiles on a booked, confirmed session's room: the room's first
 * download holds none of the editors; the expert prepares notes from the booking page and the user finds them in the
 * room; both type in the notes and in a code file at the same time and end with the same text holding both; the
 * whiteboard loads when its tab opens on a phone-sized page; axe finds nothing in the panel; the user goes offline,
 * the panel says "Reconnecting…", both keep typing, and the edits merge when the user is back; once the expert ends
 * the session the editors are read-only for both and the Markdown download holds what was written.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { firstLoad } from '../bench/first-load.mjs';
import { connectDatabase, type DbHandle } from '../../api/src/platform/db/client';
import { createBookableExpert } from '../../api/src/seed/bookable-expert';
import { createUser } from '../../api/src/seed/factories';
import { launchBrowser, newVisitor, signIn, textNow } from './browser';
import { joinCall } from './room';

const baseUrl = inject('baseUrl');
const distDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');

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

/** A free "help now" session, confirmed at once: the expert available on their dashboard, the user asking. */
async function confirmedFreeSession() {
  const {
    user: expertAccount,
    expert,
    offerings,
  } = await createBookableExpert(database.db, {
    displayName: 'Wanda Workspace',
    prices: [{ model: 'FREE', durationMinutes: 30 }],
  });
  const expertContext = await newVisitor(browser, 'en-US');
  const userContext = await newVisitor(browser, 'en-US');
  contexts.push(expertContext, userContext);
  const expertPage = await expertContext.newPage();
  await signIn(expertPage, expertAccount.email);
  await expertPage.goto(`${baseUrl}/dashboard`);
  await expertPage.getByRole('switch', { name: 'Available now' }).check();
  await expect.poll(() => textNow(expertPage, 'dashboard-presence'), { timeout: 10_000 }).toBe('Available now');

  const userPage = await userContext.newPage();
  await signIn(userPage, (await createUser(database.db, { displayName: 'Uma User' })).email);
  await userPage.goto(`${baseUrl}/experts/${expert.slug}/${offerings[0]!.slug}`);
  await userPage.getByRole('button', { name: 'Ask for help now' }).click();
  await userPage.getByRole('button', { name: 'Send the request' }).click();
  await expertPage.getByTestId('incoming-request').getByRole('button', { name: 'Accept' }).click({ timeout: 10_000 });
  await userPage.waitForURL(/\/bookings\/[^/?]+$/, { timeout: 30_000 });
  return { userPage, userContext, expertPage, roomPath: `${new URL(userPage.url()).pathname}/room` };
}

const status = (page: Page) => page.getByTestId('workspace').first().getByTestId('workspace-status').getAttribute('data-value');
const notes = (page: Page) => page.getByTestId('workspace-notes');
const code = (page: Page) => page.getByTestId('workspace-code');

/** How many rows a tab list's tabs take on the page, and their names, each of them within the page's width. */
function tabRows(list: Locator): Promise<{ rows: number; tabs: string[] }> {
  return list.getByRole('tab').evaluateAll((tabs) => {
    const boxes = tabs.map((tab) => tab.getBoundingClientRect());
    const cut = boxes.some((box) => box.left < 0 || box.right > document.documentElement.clientWidth);
    return {
      rows: cut ? Number.NaN : new Set(boxes.map((box) => Math.round(box.top))).size,
      tabs: tabs.map((tab) => tab.getAttribute('aria-label') ?? tab.textContent ?? ''),
    };
  });
}

/** The text an editor holds, without the other person's caret and name drawn in it, its spaces made plain. */
function sharedText(editor: ReturnType<typeof notes>): Promise<string> {
  return editor.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const caret of copy.querySelectorAll('.collaboration-carets__caret, .cm-ySelectionCaret, .cm-ySelectionInfo')) caret.remove();
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Both pages show the same text in `editor`, and it holds every one of `parts`. */
async function expectSameText(pages: Page[], editor: (page: Page) => ReturnType<typeof notes>, parts: string[]) {
  await expect
    .poll(() => Promise.all(pages.map((page) => sharedText(editor(page)))), { timeout: 15_000 })
    .toSatisfy((texts: string[]) => texts.every((text) => text === texts[0]) && parts.every((part) => texts[0]!.includes(part)));
}

/** axe's findings (WCAG 2.0 A/AA, 2.1 AA, as accessibility.e2e.test.ts runs it) inside the workspace panel. */
async function workspaceViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include('[data-testid="workspace"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .setLegacyMode(true)
    .analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('the shared workspace', () => {
  it('is edited by both at once, merges offline edits, and is read-only with its notes downloadable after the session', async () => {
    const { userPage, userContext, expertPage, roomPath } = await confirmedFreeSession();

    // The room's first download (up to its device check) holds none of the editors: they load with the panel.
    const room = await firstLoad(userContext, `${baseUrl}${roomPath}`, distDir, (page) =>
      page.getByRole('button', { name: 'Join the session' }),
    );
    console.info(`session room first load: ${room.jsGzip} B of JavaScript, ${room.cssGzip} B of CSS (gzip)`);
    const firstScripts = await Promise.all(room.scripts.map((file) => readFile(path.join(distDir, file), 'utf8')));
    for (const marker of ['ProseMirror', 'cm-editor', 'excalidraw', 'HocuspocusProvider']) {
      expect(
        firstScripts.some((source) => source.includes(marker)),
        marker,
      ).toBe(false);
    }

    // The expert prepares the notes from the booking page; the user finds them in the room.
    await expertPage.goto(`${baseUrl}${roomPath.replace(/\/room$/, '')}`);
    await expertPage.getByRole('button', { name: 'Prepare the workspace' }).click();
    await expect.poll(() => status(expertPage), { timeout: 45_000 }).toBe('connected');
    await notes(expertPage).click();
    await expertPage.keyboard.type('Prepared by the expert.', { delay: 10 });
    await userPage.goto(`${baseUrl}${roomPath}`);
    await joinCall(userPage);
    await expect.poll(() => status(userPage), { timeout: 20_000 }).toBe('connected');
    await expect.poll(() => sharedText(notes(userPage)), { timeout: 15_000 }).toContain('Prepared by the expert.');
    expect(await workspaceViolations(userPage)).toEqual([]);

    await expertPage.goto(`${baseUrl}${roomPath}`);
    await joinCall(expertPage);
    const both = [userPage, expertPage];
    await expect.poll(() => status(expertPage), { timeout: 20_000 }).toBe('connected');
    // Each starts a paragraph of their own at the end, then both type at once.
    for (const page of both) {
      await notes(page).click();
      await page.keyboard.press('Control+End');
    }
    await userPage.keyboard.press('Enter');
    await expectSameText(both, notes, ['Prepared by the expert.']);

    // Notes, typed by both at once.
    await Promise.all([
      userPage.keyboard.type('User writes the plan. ', { delay: 20 }),
      expertPage.keyboard.type(' Expert adds a hint. ', { delay: 20 }),
    ]);
    await expectSameText(both, notes, ['User writes the plan.', 'Expert adds a hint.']);

    // A code file, typed in by both at once.
    await userPage.getByTestId('workspace').getByRole('tab', { name: 'Code' }).click();
    await expertPage.getByTestId('workspace').getByRole('tab', { name: 'Code' }).click();
    await userPage.getByRole('button', { name: 'New file' }).click();
    for (const page of both) await page.getByTestId('workspace-file-tab').first().waitFor({ timeout: 10_000 });
    await Promise.all(both.map((page) => code(page).click()));
    await Promise.all([
      userPage.keyboard.type('const user = 1;\n', { delay: 20 }),
      expertPage.keyboard.type('const expert = 2;\n', { delay: 20 }),
    ]);
    await expectSameText(both, code, ['const user = 1;', 'const expert = 2;']);
    // Undo takes back the user's own line only: the expert's stays, for both.
    await code(userPage).click();
    await userPage.keyboard.press('Control+z');
    await expect
      .poll(() => Promise.all(both.map((page) => sharedText(code(page)))), { timeout: 15_000 })
      .toSatisfy((texts: string[]) => texts.every((text) => text.includes('const expert = 2;') && !text.includes('const user = 1;')));
    await userPage.keyboard.press('Control+y');
    await expectSameText(both, code, ['const user = 1;', 'const expert = 2;']);
    expect(await workspaceViolations(userPage)).toEqual([]);

    // On a phone, the whiteboard loads when its tab opens, and the panel stays accessible there.
    await expertPage.setViewportSize({ width: 360, height: 640 });
    // The room's panels and the workspace's own kinds are tabs there, each list on one row, in either language.
    const roomTabs = expertPage.getByRole('tablist', { name: 'Chat and tools' });
    await roomTabs.waitFor();
    expect(await tabRows(roomTabs)).toEqual({ rows: 1, tabs: ['Workspace', 'Chat', 'Recording'] });
    expect(await tabRows(expertPage.getByRole('tablist', { name: 'Shared content' }))).toEqual({
      rows: 1,
      tabs: ['Notes', 'Code', 'Whiteboard'],
    });
    await expertPage.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    const roomTabsFr = expertPage.getByRole('tablist', { name: 'Discussion et outils' });
    await roomTabsFr.waitFor();
    expect(await tabRows(roomTabsFr)).toEqual({ rows: 1, tabs: ['Espace de travail', 'Discussion', 'Enregistrement'] });
    expect(await tabRows(expertPage.getByRole('tablist', { name: 'Contenu partagé' }))).toEqual({
      rows: 1,
      tabs: ['Notes', 'Code', 'Tableau blanc'],
    });
    await expertPage.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    await roomTabs.waitFor();
    await expertPage.getByTestId('workspace').getByRole('tab', { name: 'Whiteboard' }).click();
    await expertPage.getByTestId('workspace-board').locator('canvas').first().waitFor({ timeout: 20_000 });
    expect(await workspaceViolations(expertPage)).toEqual([]);
    await expertPage.setViewportSize({ width: 1280, height: 720 });

    // The user goes offline and keeps writing notes while the expert does too; back online, everything merges.
    for (const page of both) await page.getByTestId('workspace').getByRole('tab', { name: 'Notes' }).click();
    // On a machine whose only network is loopback (CI) Chromium believes it is offline from the start, so cutting the
    // network changes nothing it would announce: there the test sends the page the events a browser sends.
    const announcesNetwork = await userPage.evaluate(() => navigator.onLine);
    const announce = async (event: 'offline' | 'online') => {
      if (!announcesNetwork) await userPage.evaluate((name) => window.dispatchEvent(new Event(name)), event);
    };
    await userContext.setOffline(true);
    await announce('offline');
    await expect.poll(() => status(userPage), { timeout: 10_000 }).toBe('reconnecting');
    await expect(userPage.getByTestId('workspace-status').textContent()).resolves.toBe('Reconnecting…');
    await notes(userPage).click();
    await userPage.keyboard.press('Control+End');
    await userPage.keyboard.type('Written while offline.', { delay: 10 });
    await notes(expertPage).click();
    await expertPage.keyboard.press('Control+End');
    await expertPage.keyboard.type(' Expert meanwhile.', { delay: 10 });
    await userContext.setOffline(false);
    await announce('online');
    await expect.poll(() => status(userPage), { timeout: 30_000 }).toBe('connected');
    await expectSameText(both, notes, ['User writes the plan.', 'Expert adds a hint.', 'Written while offline.', 'Expert meanwhile.']);

    // The expert ends the session: both read the workspace, nobody edits it, and the notes download as Markdown.
    await expertPage.getByRole('button', { name: 'End session' }).click();
    await expertPage.getByRole('dialog', { name: 'End the session?' }).getByRole('button', { name: 'End the session' }).click();
    for (const page of both) {
      await page.getByTestId('session-ended').waitFor({ timeout: 15_000 });
      await expect.poll(() => status(page), { timeout: 15_000 }).toBe('readOnly');
      await expect(notes(page).getAttribute('contenteditable')).resolves.toBe('false');
    }
    await userPage.getByRole('button', { name: 'Download' }).click();
    const [download] = await Promise.all([
      userPage.waitForEvent('download'),
      userPage.getByRole('menuitem', { name: 'Notes (Markdown)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^skillcall-[a-zA-Z0-9]{1,8}-notes\.md$/);
    const markdown = await readFile((await download.path())!, 'utf8');
    for (const part of ['User writes the plan.', 'Expert adds a hint.', 'Written while offline.', 'Expert meanwhile.']) {
      expect(markdown).toContain(part);
    }

    // The code file as it is (only one: no zip), and the board as SVG through Excalidraw's exporter.
    const downloadOf = async (item: string) => {
      await userPage.getByRole('button', { name: 'Download' }).click();
      const [file] = await Promise.all([userPage.waitForEvent('download'), userPage.getByRole('menuitem', { name: item }).click()]);
      return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
    };
    const codeFile = await downloadOf('Code files');
    expect(codeFile.name).toBe('untitled.txt');
    expect(codeFile.text).toContain('const user = 1;');
    expect(codeFile.text).toContain('const expert = 2;');
    const board = await downloadOf('Whiteboard (SVG)');
    expect(board.name).toMatch(/-board\.svg$/);
    expect(board.text).toMatch(/^<svg[\s\S]*<\/svg>$/);
  });
});
