/**
 * The collaboration endpoint through real providers: who may open a booking's documents (the wiring of the access
 * rule, whose every case `workspace.policy.test.ts` lists), edits reaching the other participant, the size limit,
 * and the workspace's content through GraphQL.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { BookSlotDocument, BookingWorkspaceDocument, ContentReportsDocument, ReportContentDocument } from '@skillcall/schema';
import { bookableExpert, signInAs, signedInUser } from '../../../test/booking-fixtures';
import WebSocket from 'ws';
import { collabUrl, openDocument, type CollabClient } from '../../../test/collab-client';
import { expectType, type TestClient } from '../../../test/graphql-client';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { connectDatabase } from '../../platform/db/client';
import { createUser } from '../../seed/factories';
import { documentSizeLimitBytes } from './workspace.policy';
import { readDocument } from './workspace.queries';

// Monday 2 March 2048, 07:00 in Paris; the experts keep Paris office hours.
const start = new Date('2048-03-02T06:00:00Z');
const clock = new ManualClock(start);
let t: TestApp;
const open: CollabClient[] = [];

beforeAll(async () => {
  t = await startTestApp({}, clock);
});
afterAll(() => t.close());
afterEach(() => {
  open.splice(0).forEach((c) => c.close());
  clock.set(start);
});

function connect(client: TestClient | null, name: string): CollabClient {
  const editor = openDocument(t.url, name, client?.cookieHeader ?? '');
  open.push(editor);
  return editor;
}

/** A free 30-minute booking (confirmed at once) on Tuesday 3 March 2048 at 10:00 Paris time. */
async function booked() {
  const account = await createUser(t.app.database.db, { roles: ['USER'] });
  const user = await signInAs(t, account);
  const expert = await bookableExpert(t, { prices: [{ model: 'FREE', durationMinutes: 30 }] });
  const result = await user.data(BookSlotDocument, {
    input: { offeringId: expert.offerings[0]!.id, startsAt: '2048-03-03T09:00:00Z', timeZone: 'Europe/Paris' },
  });
  return {
    account,
    user,
    expert: expert.client,
    expertId: expert.expert.id,
    bookingId: expectType(result.bookSlot, 'BookingSuccess').booking.id,
  };
}

const reasonOf = (editor: CollabClient) =>
  editor.authenticated.then(
    () => 'granted',
    (error: Error) => error.message,
  );

describe('who may open a booking’s workspace', () => {
  it('lets both participants edit before the session, and each sees the other’s text', async () => {
    const { user, expert, bookingId } = await booked();
    const mine = connect(user, `booking/${bookingId}/notes`);
    const theirs = connect(expert, `booking/${bookingId}/notes`);
    expect(await mine.authenticated).toBe('read-write');
    expect(await theirs.authenticated).toBe('read-write');

    mine.doc.getText('probe').insert(0, 'from the user');
    await vi.waitFor(() => expect(theirs.doc.getText('probe').toString()).toBe('from the user'));
  });

  it('refuses a stranger, an admin, someone signed out and a forged document name, with a reason', async () => {
    const { bookingId } = await booked();
    const stranger = await signedInUser(t);
    const admin = await signInAs(t, await createUser(t.app.database.db, { roles: ['USER', 'ADMIN'] }));
    expect(await reasonOf(connect(stranger, `booking/${bookingId}/notes`))).toBe('forbidden');
    expect(await reasonOf(connect(admin, `booking/${bookingId}/code`))).toBe('forbidden');
    expect(await reasonOf(connect(null, `booking/${bookingId}/board`))).toBe('forbidden');
    expect(await reasonOf(connect(stranger, `booking/${bookingId}/secrets`))).toBe('not-found');
    expect(await reasonOf(connect(stranger, 'booking/00000000-0000-4000-8000-000000000000/notes'))).toBe('not-found');
  });

  it('refuses the upgrade from another site’s page, even with a participant’s cookie', async () => {
    const { user } = await booked();
    const status = (origin: string) =>
      new Promise<string>((resolve) => {
        const socket = new WebSocket(collabUrl(t.url), { headers: { origin, cookie: user.cookieHeader } });
        socket.on('open', () => {
          socket.close();
          resolve('open');
        });
        socket.on('unexpected-response', (_request, response) => resolve(`refused ${response.statusCode}`));
      });
    expect(await status('https://evil.example')).toBe('refused 401');
    expect(await status(new URL(t.url).origin)).toBe('open');
  });

  it('stops taking edits from an editor left open when the booking ends', async () => {
    const { user, expert, bookingId } = await booked();
    const mine = connect(user, `booking/${bookingId}/notes`);
    const theirs = connect(expert, `booking/${bookingId}/notes`);
    await Promise.all([mine.synced(), theirs.synced()]);
    mine.doc.getText('probe').insert(0, 'during');
    await vi.waitFor(() => expect(theirs.doc.getText('probe').toString()).toBe('during'));

    clock.set(new Date('2048-03-03T09:30:00Z'));
    mine.doc.getText('probe').insert(6, ', after the end');
    // The server handles a connection's messages in order: once this cursor reaches the other editor, the edit
    // sent before it was handled, and it would have reached them first.
    mine.provider.setAwarenessField('user', { name: 'Uma', color: '#1971c2' });
    await vi.waitFor(() => expect([...theirs.provider.awareness!.getStates().values()].map((state) => state.user?.name)).toContain('Uma'));
    expect(theirs.doc.getText('probe').toString()).toBe('during');
    const later = connect(expert, `booking/${bookingId}/notes`);
    expect(await later.authenticated).toBe('readonly');
    await later.synced();
    expect(later.doc.getText('probe').toString()).toBe('during');
  });

  it('is read-only once the booking ended, refusing writes, and closed 30 days later', async () => {
    const { account, user, expert, bookingId } = await booked();
    const before = connect(expert, `booking/${bookingId}/code`);
    await before.authenticated;
    before.doc.getText('probe').insert(0, 'prepared');
    await before.acknowledged();
    before.close();

    clock.set(new Date('2048-03-04T09:00:00Z'));
    const after = connect(user, `booking/${bookingId}/code`);
    expect(await after.authenticated).toBe('readonly');
    await vi.waitFor(() => expect(after.doc.getText('probe').toString()).toBe('prepared'));
    after.doc.getText('probe').insert(0, 'too late: ');
    const witness = connect(expert, `booking/${bookingId}/code`);
    await witness.authenticated;
    await vi.waitFor(() => expect(witness.doc.getText('probe').toString()).toBe('prepared'));
    expect((await user.data(BookingWorkspaceDocument, { id: bookingId })).booking!.workspace!.access).toBe('READ');

    clock.set(new Date('2048-04-03T09:31:00Z'));
    const signedInAgain = await signInAs(t, account);
    expect(await reasonOf(connect(signedInAgain, `booking/${bookingId}/code`))).toBe('ended-long-ago');
  });
});

describe('storing', () => {
  it('logs each edit before acknowledging it, then keeps one merged state and an empty log once the editors leave', async () => {
    const { user, expert, bookingId } = await booked();
    const key = { bookingId, kind: 'notes' as const };
    const mine = connect(user, `booking/${bookingId}/notes`);
    const theirs = connect(expert, `booking/${bookingId}/notes`);
    await Promise.all([mine.synced(), theirs.synced()]);
    for (const word of ['one ', 'two ', 'three ']) {
      mine.doc.getText('probe').insert(mine.doc.getText('probe').length, word);
      await mine.acknowledged();
    }
    const logged = await readDocument(t.app.database.db, key);
    expect(logged.updates.length).toBeGreaterThanOrEqual(3);

    mine.close();
    theirs.close();
    await vi.waitFor(async () => expect((await readDocument(t.app.database.db, key)).updates).toEqual([]));
    const stored = await readDocument(t.app.database.db, key);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored.state!);
    expect(doc.getText('probe').toString()).toBe('one two three ');
  });
});

describe('a slow log', () => {
  it('shows an edit to the other participant while it is being logged, and acknowledges it to its writer once logged', async () => {
    const { user, expert, bookingId } = await booked();
    const mine = connect(user, `booking/${bookingId}/notes`);
    const theirs = connect(expert, `booking/${bookingId}/notes`);
    await Promise.all([mine.synced(), theirs.synced()]);

    // Another session holds a lock that makes every append to the log wait: a commit stuck on a busy disk.
    const locker = connectDatabase(t.databaseUrl, 1);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const lock = locker.sql.begin(async (tx) => {
      await tx`LOCK TABLE workspace_updates IN SHARE MODE`;
      locked();
      await held;
    });
    try {
      await isLocked;
      mine.doc.getText('probe').insert(0, 'typed while the log waits');
      await vi.waitFor(() => expect(theirs.doc.getText('probe').toString()).toBe('typed while the log waits'), { timeout: 5_000 });
      expect(mine.provider.hasUnsyncedChanges).toBe(true);
    } finally {
      release();
      await lock;
      await locker.close();
    }
    await mine.acknowledged();
    // Logged (or already compacted into the stored state).
    const stored = await readDocument(t.app.database.db, { bookingId, kind: 'notes' });
    const doc = new Y.Doc();
    if (stored.state) Y.applyUpdate(doc, stored.state);
    for (const { update } of stored.updates) Y.applyUpdate(doc, update);
    expect(doc.getText('probe').toString()).toBe('typed while the log waits');
  });
});

describe('the size limit', () => {
  it('refuses an update that would take a document past 5 MB and tells the editor', async () => {
    const { user, bookingId } = await booked();
    const editor = connect(user, `booking/${bookingId}/notes`);
    await editor.authenticated;
    editor.doc.getText('probe').insert(0, 'kept');
    await editor.acknowledged();
    editor.doc.getText('big').insert(0, 'x'.repeat(documentSizeLimitBytes));
    await vi.waitFor(() => expect(editor.stateless).toContain(JSON.stringify({ type: 'size-limit', limitBytes: 5242880 })));

    const other = connect(user, `booking/${bookingId}/notes`);
    await other.authenticated;
    await vi.waitFor(() => expect(other.doc.getText('probe').toString()).toBe('kept'));
    expect(other.doc.getText('big').length).toBe(0);
  });
});

describe('the workspace through GraphQL', () => {
  it('gives the participants the notes as Markdown and HTML, the code files and the board, and others nothing', async () => {
    const { user, expert, bookingId } = await booked();
    const notes = connect(expert, `booking/${bookingId}/notes`);
    const code = connect(user, `booking/${bookingId}/code`);
    await Promise.all([notes.authenticated, code.authenticated]);
    notes.doc.transact(() => {
      const heading = new Y.XmlElement('heading');
      heading.setAttribute('level', 2 as unknown as string);
      heading.insert(0, [new Y.XmlText('Your CV')]);
      const paragraph = new Y.XmlElement('paragraph');
      const text = new Y.XmlText();
      text.insert(0, 'Lead with ');
      text.insert(10, 'results', { bold: {} });
      paragraph.insert(0, [text]);
      notes.doc.getXmlFragment('default').insert(0, [heading, paragraph]);
    });
    code.doc.transact(() => {
      const file = new Y.Map<unknown>();
      file.set('id', 'f1');
      file.set('name', 'main.py');
      file.set('language', 'python');
      file.set('text', new Y.Text('print("hi")\n'));
      code.doc.getArray('files').push([file]);
    });
    await Promise.all([notes.acknowledged(), code.acknowledged()]);

    const workspace = (await user.data(BookingWorkspaceDocument, { id: bookingId })).booking!.workspace!;
    expect(workspace).toMatchObject({
      access: 'EDIT',
      notesMarkdown: '## Your CV\n\nLead with **results**\n',
      notesHtml: '<h2>Your CV</h2><p>Lead with <strong>results</strong></p>',
      codeFiles: [{ name: 'main.py', language: 'python', text: 'print("hi")\n' }],
    });
    expect(JSON.parse(workspace.boardJson)).toMatchObject({ type: 'excalidraw', elements: [] });
    expect(workspace.sizeBytes).toBeGreaterThan(0);

    const stranger = await signedInUser(t);
    expect((await stranger.data(BookingWorkspaceDocument, { id: bookingId })).booking).toBeNull();
  });
});

describe('reporting with the workspace attached', () => {
  it('keeps a copy of the workspace as it was when reported, which admins read and later edits do not change', async () => {
    const { user, expertId, bookingId } = await booked();
    const notes = connect(user, `booking/${bookingId}/notes`);
    await notes.synced();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('He asked for my phone number twice.')]);
    notes.doc.getXmlFragment('default').insert(0, [paragraph]);
    await notes.acknowledged();

    const stranger = await signedInUser(t);
    const refused = await stranger.data(ReportContentDocument, {
      input: { kind: 'EXPERT', targetId: expertId, workspaceBookingId: bookingId, reason: 'Not my session at all' },
    });
    expect(expectType(refused.reportContent, 'InvalidInputError').fieldErrors).toEqual([
      expect.objectContaining({ field: 'workspaceBookingId', code: 'EXPIRED_OR_UNKNOWN' }),
    ]);

    const reported = await user.data(ReportContentDocument, {
      input: { kind: 'EXPERT', targetId: expertId, workspaceBookingId: bookingId, reason: 'Asked for contact details during the session' },
    });
    const report = expectType(reported.reportContent, 'ReportSuccess').report;
    expect(report.workspaceSnapshot).toBeNull();

    notes.doc.getXmlFragment('default').delete(0, 1);
    await notes.acknowledged();

    const admin = await signInAs(t, await createUser(t.app.database.db, { roles: ['USER', 'ADMIN'] }));
    const queue = (await admin.data(ContentReportsDocument, { first: 50 })).contentReports.edges.map((e) => e.node);
    expect(queue.find((r) => r.id === report.id)?.workspaceSnapshot).toMatchObject({
      bookingId,
      notesMarkdown: 'He asked for my phone number twice.\n',
      codeFiles: [],
    });
  });
});
