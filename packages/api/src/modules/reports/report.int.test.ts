import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AdminExpertsDocument,
  AuditLogDocument,
  BookSlotDocument,
  ContentReportsDocument,
  DecideContentReportDocument,
  DeleteAccountDocument,
  ExpertReviewsDocument,
  ReportContentDocument,
  SubmitReviewDocument,
} from '@skillcall/schema';
import { expectType, type TestClient } from '../../../test/graphql-client';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { bookableExpert, signInAs, signedInUser } from '../../../test/booking-fixtures';
import { holdSession } from '../../../test/session-fixtures';
import { createUser, defaultTestPassword } from '../../seed/factories';

const start = new Date('2048-03-02T06:00:00Z');
const clock = new ManualClock(start);
let t: TestApp;
let admin: TestClient;

beforeAll(async () => {
  t = await startTestApp({}, clock);
  admin = await signInAs(t, await createUser(t.app.database.db, { roles: ['USER', 'ADMIN'] }));
});
afterAll(() => t.close());
afterEach(() => clock.set(start));

/** An expert with one published review by `user`. */
async function reviewedExpert(startsAt: string) {
  const user = await signedInUser(t);
  const expert = await bookableExpert(t, { prices: [{ model: 'FREE', durationMinutes: 30 }] });
  const booking = expectType(
    (await user.data(BookSlotDocument, { input: { offeringId: expert.offerings[0]!.id, startsAt, timeZone: 'Europe/Paris' } })).bookSlot,
    'BookingSuccess',
  ).booking;
  await holdSession(clock, { user, expert: expert.client, bookingId: booking.id, from: startsAt, seconds: 60 });
  const review = expectType(
    (
      await user.data(SubmitReviewDocument, {
        input: { bookingId: booking.id, rating: 1, body: 'Useless and rude, a waste of my evening.' },
      })
    ).submitReview,
    'ReviewSuccess',
  ).review;
  return { user, expert, review };
}

const report = (
  client: TestClient,
  kind: 'REVIEW' | 'EXPERT' | 'SESSION',
  targetId: string,
  reason = 'It asks people to pay outside Skillcall.',
) => client.data(ReportContentDocument, { input: { kind, targetId, reason } }).then((r) => r.reportContent);
const openReports = async () => (await admin.data(ContentReportsDocument, { first: 100 })).contentReports.edges.map((e) => e.node);

describe('reports', () => {
  it('lets anyone signed in report a review once, never their own, and admins hide it (audit-logged)', async () => {
    const { user, expert, review } = await reviewedExpert('2048-03-03T09:00:00Z');
    const [first, second] = [await signedInUser(t), await signedInUser(t)];
    // Its author, and the expert it is about, are told it is theirs; nobody else is offered less than "Report".
    expect(await report(user, 'REVIEW', review.id)).toMatchObject({ __typename: 'ReportOwnContentError', code: 'REPORT_OWN_CONTENT' });
    expect(await report(expert.client, 'REVIEW', review.id)).toMatchObject({
      __typename: 'ReportOwnContentError',
      code: 'REPORT_OWN_CONTENT',
    });
    const canReport = async (client: TestClient) =>
      (await client.data(ExpertReviewsDocument, { slug: expert.expert.slug })).expert!.reviews.edges.map((e) => e.node.viewerCanReport);
    expect(await canReport(user)).toEqual([false]);
    expect(await canReport(expert.client)).toEqual([false]);
    expect(await canReport(t.client())).toEqual([false]);
    expect(await report(first, 'REVIEW', review.id, 'bad')).toMatchObject({ fieldErrors: [{ field: 'reason', code: 'TOO_SHORT' }] });
    expect(await report(first, 'REVIEW', '00000000-0000-4000-8000-000000000000')).toMatchObject({ code: 'REPORT_NOT_POSSIBLE' });
    expect(expectType(await report(first, 'REVIEW', review.id), 'ReportSuccess').report).toMatchObject({ status: 'OPEN', kind: 'REVIEW' });
    expect(await report(first, 'REVIEW', review.id)).toMatchObject({ code: 'REPORT_NOT_POSSIBLE' }); // once while open
    expect(await canReport(second)).toEqual([true]);
    expectType(await report(second, 'REVIEW', review.id, 'Phone number in a review.'), 'ReportSuccess');

    expect((await first.execute(ContentReportsDocument, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const queued = (await openReports()).filter((r) => r.targetId === review.id);
    expect(queued).toHaveLength(2);
    // The admins read what was reported: the review as written and the expert it is about.
    expect(queued[0]).toMatchObject({
      review: { id: review.id, rating: 1, body: 'Useless and rude, a waste of my evening.' },
      expert: { id: expert.expert.id },
    });
    expect(
      (await first.execute(DecideContentReportDocument, { input: { reportId: queued[0]!.id, hide: true, note: 'Contact details.' } }))
        .errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');

    const decided = expectType(
      (
        await admin.data(DecideContentReportDocument, {
          input: { reportId: queued[0]!.id, hide: true, note: 'Contact details in a review.' },
        })
      ).decideContentReport,
      'ReportSuccess',
    ).report;
    expect(decided).toMatchObject({ status: 'HIDDEN', decisionNote: 'Contact details in a review.' });
    expect((await openReports()).filter((r) => r.targetId === review.id)).toEqual([]); // both closed
    const profile = (await t.client().data(ExpertReviewsDocument, { slug: expert.expert.slug })).expert!;
    expect(profile).toMatchObject({ rating: { average: null, count: 0 }, reviews: { edges: [] } });
    const audit = (await admin.data(AuditLogDocument, { first: 5 })).auditLog.edges.map((e) => e.node);
    expect(audit[0]).toMatchObject({ action: 'REVIEW_HIDDEN', targetId: review.id, reason: 'Contact details in a review.' });
  });

  it('keeps a reported profile visible, or suspends it', async () => {
    const { user, expert } = await reviewedExpert('2048-03-03T10:00:00Z');
    expect(await report(expert.client, 'EXPERT', expert.expert.id)).toMatchObject({ code: 'REPORT_OWN_CONTENT' }); // their own
    const kept = expectType(await report(user, 'EXPERT', expert.expert.id), 'ReportSuccess').report;
    expect(
      (await admin.data(DecideContentReportDocument, { input: { reportId: kept.id, hide: false, note: 'Nothing wrong on the profile.' } }))
        .decideContentReport,
    ).toMatchObject({ report: { status: 'KEPT' } });
    expect((await t.client().data(ExpertReviewsDocument, { slug: expert.expert.slug })).expert).not.toBeNull();

    const again = expectType(await report(user, 'EXPERT', expert.expert.id, 'Now it lists a phone number.'), 'ReportSuccess').report;
    expect(
      (await admin.data(DecideContentReportDocument, { input: { reportId: again.id, hide: true, note: 'Phone number on the profile.' } }))
        .decideContentReport,
    ).toMatchObject({ report: { status: 'HIDDEN' } });
    expect((await t.client().data(ExpertReviewsDocument, { slug: expert.expert.slug })).expert).toBeNull();
    const audit = (await admin.data(AuditLogDocument, { first: 10 })).auditLog.edges
      .map((e) => e.node)
      .filter((entry) => entry.targetId === expert.expert.id);
    expect(audit.map((entry) => entry.action).sort()).toEqual(['EXPERT_SUSPENDED', 'REPORT_DISMISSED']);
  });

  it('upholds a report on a profile whose expert has since deleted their account, and the profile stays deleted', async () => {
    const { user, expert } = await reviewedExpert('2048-03-05T09:00:00Z');
    const filed = expectType(await report(user, 'EXPERT', expert.expert.id), 'ReportSuccess').report;
    const deleted = (
      await expert.client.data(DeleteAccountDocument, { input: { password: defaultTestPassword, confirmation: expert.user.email } })
    ).deleteAccount;
    expectType(deleted, 'DeleteAccountSuccess');
    const decided = (
      await admin.data(DecideContentReportDocument, { input: { reportId: filed.id, hide: true, note: 'Off the site already.' } })
    ).decideContentReport;
    expect(decided).toMatchObject({ report: { status: 'HIDDEN' } });
    const listed = (await admin.data(AdminExpertsDocument, { status: 'DELETED', first: 50 })).adminExperts.edges.map((e) => e.node);
    expect(listed.find((e) => e.id === expert.expert.id)?.status).toBe('DELETED');
  });

  it('lets either participant report a problem with their session, with its workspace, and admins close it', async () => {
    const user = await signedInUser(t);
    const expert = await bookableExpert(t, { prices: [{ model: 'FREE', durationMinutes: 30 }] });
    const booking = expectType(
      (
        await user.data(BookSlotDocument, {
          input: { offeringId: expert.offerings[0]!.id, startsAt: '2048-03-05T09:00:00Z', timeZone: 'Europe/Paris' },
        })
      ).bookSlot,
      'BookingSuccess',
    ).booking;

    // Someone who was not in the session cannot report it, nor attach its workspace.
    const stranger = await signedInUser(t);
    expect(await report(stranger, 'SESSION', booking.id)).toMatchObject({
      __typename: 'ReportNotPossibleError',
      code: 'REPORT_NOT_POSSIBLE',
    });

    // The expert reports the user of their booking, with the workspace attached; the user reports the session too.
    const reason = 'The client insulted me and asked to pay outside Skillcall.';
    const byExpert = await expert.client.data(ReportContentDocument, {
      input: { kind: 'SESSION', targetId: booking.id, workspaceBookingId: booking.id, reason },
    });
    const filed = expectType(byExpert.reportContent, 'ReportSuccess').report;
    expect(filed).toMatchObject({ kind: 'SESSION', targetId: booking.id, status: 'OPEN' });
    expectType(await report(user, 'SESSION', booking.id, 'The expert never showed any interest in my question.'), 'ReportSuccess');

    const queued = (await openReports()).filter((r) => r.targetId === booking.id);
    expect(queued).toHaveLength(2);
    expect(queued.find((r) => r.id === filed.id)?.workspaceSnapshot).toMatchObject({ bookingId: booking.id, codeFiles: [] });

    // A session is not hidden: the admin closes its reports with a note.
    const hidden = await admin.data(DecideContentReportDocument, {
      input: { reportId: filed.id, hide: true, note: 'Nothing to hide here.' },
    });
    expect(expectType(hidden.decideContentReport, 'InvalidInputError').fieldErrors).toEqual([
      expect.objectContaining({ field: 'hide', code: 'UNSUPPORTED' }),
    ]);
    const kept = await admin.data(DecideContentReportDocument, {
      input: { reportId: filed.id, hide: false, note: 'Warned the client by email.' },
    });
    expect(expectType(kept.decideContentReport, 'ReportSuccess').report.status).toBe('KEPT');
    expect((await openReports()).filter((r) => r.targetId === booking.id)).toEqual([]);
  });
});
