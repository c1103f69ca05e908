/**
 * The workspace belongs to the booking: it is in both participants' data export (JSON and files), and when one of
 * them erases their account the other keeps the content, with the erased person's name replaced.
 */
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  BookSlotDocument,
  BookingWorkspaceDocument,
  DeleteAccountDocument,
  MyDataExportsDocument,
  RequestDataExportDocument,
} from '@skillcall/schema';
import { bookableExpert, signInAs } from '../../../test/booking-fixtures';
import { openDocument, type CollabClient } from '../../../test/collab-client';
import { expectType, type TestClient } from '../../../test/graphql-client';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { createUser, defaultTestPassword } from '../../seed/factories';

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

async function editor(client: TestClient, name: string) {
  const editing = openDocument(t.url, name, client.cookieHeader);
  open.push(editing);
  await editing.synced();
  return editing;
}

/** A free booking on 3 March 2048 whose notes, code and board both participants filled, the user's name in each. */
async function workedOn(userName: string) {
  const account = await createUser(t.app.database.db, { displayName: userName });
  const user = await signInAs(t, account);
  const expert = await bookableExpert(t, { prices: [{ model: 'FREE', durationMinutes: 30 }] });
  const result = await user.data(BookSlotDocument, {
    input: { offeringId: expert.offerings[0]!.id, startsAt: '2048-03-03T09:00:00Z', timeZone: 'Europe/Paris' },
  });
  const bookingId = expectType(result.bookSlot, 'BookingSuccess').booking.id;
  const notes = await editor(user, `booking/${bookingId}/notes`);
  notes.doc.transact(() => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(`CV of ${userName}: lead with results.`)]);
    notes.doc.getXmlFragment('default').insert(0, [paragraph]);
  });
  const code = await editor(expert.client, `booking/${bookingId}/code`);
  code.doc.transact(() => {
    const file = new Y.Map<unknown>();
    file.set('id', 'f1');
    file.set('name', 'greet.py');
    file.set('language', 'python');
    file.set('text', new Y.Text(`print("Hello ${userName}")\n`));
    code.doc.getArray('files').push([file]);
  });
  const board = await editor(expert.client, `booking/${bookingId}/board`);
  board.doc.transact(() => {
    const element = new Y.Map<unknown>();
    element.set('el', { id: 'e1', type: 'text', x: 10, y: 20, text: `${userName}'s plan`, originalText: `${userName}'s plan`, version: 1 });
    element.set('pos', 'a0');
    board.doc.getArray('elements').push([element]);
  });
  await Promise.all([notes.acknowledged(), code.acknowledged(), board.acknowledged()]);
  return { account, user, expert: expert.client, bookingId };
}

async function exportOf(client: TestClient) {
  const { dataExport } = (await client.data(RequestDataExportDocument)).requestDataExport;
  const ready = await vi.waitFor(
    async () => {
      const found = (await client.data(MyDataExportsDocument)).myDataExports.find((e) => e.id === dataExport.id);
      expect(found?.status).toBe('READY');
      return found!;
    },
    { timeout: 10_000, interval: 100 },
  );
  const response = await fetch(`${t.url}${ready.downloadUrl}`, { headers: { cookie: client.cookieHeader } });
  return Object.fromEntries(
    Object.entries(unzipSync(new Uint8Array(await response.arrayBuffer()))).map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
}

describe('the workspace in the data export', () => {
  it('gives both participants the notes as Markdown and HTML, the code files and the board', async () => {
    const { user, expert, bookingId } = await workedOn('Noor Haddad');
    for (const client of [user, expert]) {
      const files = await exportOf(client);
      expect(files[`workspaces/${bookingId}/notes.md`]).toBe('CV of Noor Haddad: lead with results.\n');
      expect(files[`workspaces/${bookingId}/notes.html`]).toContain('<p>CV of Noor Haddad: lead with results.</p>');
      expect(files[`workspaces/${bookingId}/code/greet.py`]).toBe('print("Hello Noor Haddad")\n');
      expect(JSON.parse(files[`workspaces/${bookingId}/board.excalidraw`]!)).toMatchObject({
        type: 'excalidraw',
        elements: [{ id: 'e1', type: 'text', text: "Noor Haddad's plan" }],
      });
      expect(JSON.parse(files['workspaces.json']!)).toEqual([
        expect.objectContaining({ bookingId, codeFiles: [expect.objectContaining({ name: 'greet.py' })] }),
      ]);
      expect(files['README.txt']).toContain('workspaces.json');
    }
  });
});

describe('erasing one participant', () => {
  it('leaves the other the content, with the erased person’s name replaced, live in an open editor too', async () => {
    const { account, user, expert, bookingId } = await workedOn('Ilse Varga');
    clock.set(new Date('2048-03-04T09:00:00Z'));
    const watching = await editor(expert, `booking/${bookingId}/notes`);
    const deleted = (await user.data(DeleteAccountDocument, { input: { password: defaultTestPassword, confirmation: account.email } }))
      .deleteAccount;
    expectType(deleted, 'DeleteAccountSuccess');

    const workspace = (await expert.data(BookingWorkspaceDocument, { id: bookingId })).booking!.workspace!;
    expect(workspace.notesMarkdown).toBe('CV of Deleted user: lead with results.\n');
    expect(workspace.codeFiles).toEqual([{ name: 'greet.py', language: 'python', text: 'print("Hello Deleted user")\n' }]);
    expect(JSON.parse(workspace.boardJson)).toMatchObject({
      elements: [{ text: "Deleted user's plan", originalText: "Deleted user's plan" }],
    });
    expect(JSON.stringify(workspace)).not.toContain('Ilse');
    await vi.waitFor(() => expect(watching.doc.getXmlFragment('default').toString()).toContain('CV of Deleted user'));
  });
});
