/**
 * Use cases of the workspace: who may open a document (the socket and the GraphQL fields ask here), and the
 * documents' content as of now (stored state and the log after it), for downloads, the data export and reports.
 */
import * as Y from 'yjs';
import type { Context } from '../../platform/context';
import { bookingWithExpert } from '../bookings/booking-sessions.service';
import {
  parseDocumentName,
  workspaceAccess,
  workspaceKinds,
  type BookingFacts,
  type DocumentName,
  type WorkspaceAccess,
} from './workspace.policy';
import { readDocument } from './workspace.queries';
import type { WorkspaceKind } from './workspace.table';
import { workspaceContent } from './workspace.content';
import { Workspace, WorkspaceAccessMode, WorkspaceSnapshot } from './workspace.types';

export async function bookingFacts(ctx: Context, bookingId: string): Promise<BookingFacts | null> {
  const found = await bookingWithExpert(ctx, bookingId);
  if (!found) return null;
  const { booking, expert } = found;
  return { status: booking.status, endsAt: booking.endsAt, userId: booking.userId, expertUserId: expert.userId };
}

/** The viewer's access to the document named `name` (a forged name is not found), and until when they may edit it. */
export async function accessToDocument(
  ctx: Context,
  name: string,
): Promise<{ access: WorkspaceAccess; document: DocumentName | null; editableUntil: Date | null }> {
  const document = parseDocumentName(name);
  const facts = document ? await bookingFacts(ctx, document.bookingId) : null;
  const access = workspaceAccess(ctx.viewer?.userId ?? null, facts, ctx.clock.now());
  return { access, document, editableUntil: 'granted' in access && access.granted === 'edit' ? facts!.endsAt : null };
}

/** The viewer's access to a booking's workspace. */
export async function accessToWorkspace(ctx: Context, bookingId: string): Promise<WorkspaceAccess> {
  return workspaceAccess(ctx.viewer?.userId ?? null, await bookingFacts(ctx, bookingId), ctx.clock.now());
}

export interface WorkspaceStates {
  /** Each kind's state as one Yjs update (empty documents included). */
  states: Record<WorkspaceKind, Uint8Array>;
  updatedAt: Date | null;
}

/** Every document of the booking as of now: the stored state merged with the updates logged after it. */
export async function workspaceStates(ctx: Context, bookingId: string): Promise<WorkspaceStates> {
  const states = {} as Record<WorkspaceKind, Uint8Array>;
  let updatedAt: Date | null = null;
  for (const kind of workspaceKinds) {
    const stored = await readDocument(ctx.db, { bookingId, kind });
    const parts = [...(stored.state ? [stored.state] : []), ...stored.updates.map((u) => u.update)];
    const doc = new Y.Doc();
    for (const part of parts) Y.applyUpdate(doc, part);
    states[kind] = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    if (stored.updatedAt && (!updatedAt || stored.updatedAt > updatedAt)) updatedAt = stored.updatedAt;
  }
  return { states, updatedAt };
}

/** The workspace's content for the viewer, when the access rule lets them open it (cookie sessions only). */
export async function workspaceOfBooking(ctx: Context, bookingId: string): Promise<Workspace | null> {
  if (!ctx.viewer || ctx.viewer.apiKey) return null;
  const access = await accessToWorkspace(ctx, bookingId);
  if ('refused' in access) return null;
  const { states, updatedAt } = await workspaceStates(ctx, bookingId);
  return Object.assign(new Workspace(), {
    access: access.granted === 'edit' ? WorkspaceAccessMode.EDIT : WorkspaceAccessMode.READ,
    ...workspaceContent(states),
    updatedAt,
    sizeBytes: workspaceKinds.reduce((sum, kind) => sum + states[kind].byteLength, 0),
  });
}

/** A report's copy of a workspace, readable (as Markdown, code and JSON) by the moderators. */
export function workspaceSnapshot(bookingId: string | null, takenAt: Date, states: Record<WorkspaceKind, Uint8Array>): WorkspaceSnapshot {
  return Object.assign(new WorkspaceSnapshot(), { bookingId, takenAt, ...workspaceContent(states) });
}
