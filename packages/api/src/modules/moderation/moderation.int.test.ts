import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOperationAST } from 'graphql';
import {
  AdminExpertsDocument,
  AuditLogDocument,
  CreateCategoryDocument,
  ExpertProfileDocument,
  ModerationQueueDocument,
  MyApplicationDocument,
  OfferingPageDocument,
  ReinstateExpertDocument,
  RepublishOfferingDocument,
  SaveApplicationDraftDocument,
  SignInDocument,
  SubmitApplicationDocument,
  SuspendExpertDocument,
  UnpublishOfferingDocument,
  UpdateCategoryDocument,
  CategoriesDocument,
  ApproveApplicationDocument,
  RejectApplicationDocument,
  RequestApplicationChangesDocument,
} from '@skillcall/schema';
import { expectType, type TestClient } from '../../../test/graphql-client';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { createUser } from '../../seed/factories';
import { applicationForm, categoryIdBySlug, createApprovedExpert } from '../../seed/expert-factories';
import { createTaxProfile } from '../../seed/tax-factories';

const clock = new ManualClock(new Date('2026-11-21T08:00:00Z'));
let t: TestApp;
let admin: TestClient;

beforeAll(async () => {
  t = await startTestApp({}, clock);
  admin = await signIn(['USER', 'ADMIN']);
});
afterAll(() => t.close());

async function signIn(roles: ('USER' | 'ADMIN' | 'EXPERT')[] = ['USER'], user?: { email: string; password: string }): Promise<TestClient> {
  let account = user;
  if (!account) {
    const created = await createUser(t.app.database.db, { roles });
    // Applicants sell paid sessions here: their tax profile is filled in.
    await createTaxProfile(t.app.database.db, created.id);
    account = created;
  }
  const client = t.client();
  expectType((await client.data(SignInDocument, { input: { email: account.email, password: account.password } })).signIn, 'SignInSuccess');
  return client;
}

async function expertWithOffering(name: string) {
  const guitar = await categoryIdBySlug(t.app.database.db, 'guitar');
  return createApprovedExpert(t.app.database.db, {
    displayName: name,
    headline: 'Rock guitar, from riffs to solos',
    bio: 'Twenty years on stage and in the studio; I teach the way I learnt, by playing songs you like.',
    skills: ['guitar'],
    categoryIds: [guitar],
    languages: ['en'],
    country: 'GB',
    timeZone: 'Europe/London',
    approvedAt: clock.now(),
    offerings: [
      {
        title: 'Riffs that made rock',
        description: 'Ten legendary riffs, slowed down, then up to speed with you.',
        categoryId: guitar,
        languages: ['en'],
        price: { model: 'PER_MINUTE', amountMinor: 50, currency: 'GBP', minMinutes: 15, maxMinutes: 60 },
        cancellationPolicy: 'MODERATE',
      },
    ],
  });
}

describe('suspending experts', () => {
  it('hides a suspended expert from the public but not from the expert or admins, until reinstated; both are audited', async () => {
    const { expert, user } = await expertWithOffering('Mick Strummer');
    const expertClient = await signIn([], user);
    const noReason = (await admin.data(SuspendExpertDocument, { input: { expertId: expert.id } })).suspendExpert;
    expect(expectType(noReason, 'InvalidInputError').fieldErrors[0]?.field).toBe('reason');

    const reason = 'Several users reported off-platform payment requests.';
    expectType((await admin.data(SuspendExpertDocument, { input: { expertId: expert.id, reason } })).suspendExpert, 'ExpertSuccess');
    clock.advance(60_000);
    expect((await t.client().data(ExpertProfileDocument, { slug: expert.slug })).expert).toBeNull();
    expect((await t.client().data(OfferingPageDocument, { expertSlug: expert.slug, slug: 'riffs-that-made-rock' })).offering).toBeNull();
    expect((await expertClient.data(MyApplicationDocument)).myExpertProfile?.status).toBe('SUSPENDED');
    expect((await admin.data(ExpertProfileDocument, { slug: expert.slug })).expert?.status).toBe('SUSPENDED');

    expectType(
      (await admin.data(ReinstateExpertDocument, { input: { expertId: expert.id, reason: null } })).reinstateExpert,
      'ExpertSuccess',
    );
    expect((await t.client().data(ExpertProfileDocument, { slug: expert.slug })).expert?.status).toBe('ACTIVE');

    const { auditLog } = await admin.data(AuditLogDocument, { targetId: expert.id });
    expect(auditLog.edges.map((e) => [e.node.action, e.node.reason])).toEqual([
      ['EXPERT_REINSTATED', null],
      ['EXPERT_SUSPENDED', reason],
    ]);
    expect(auditLog.edges[0]?.node.actor?.displayName).toBe('Camille Martin');
    // The admins read whom it concerned, by name, with the profile to open.
    expect(auditLog.edges.map((e) => e.node.expert)).toEqual([
      { id: expert.id, slug: expert.slug, displayName: 'Mick Strummer' },
      { id: expert.id, slug: expert.slug, displayName: 'Mick Strummer' },
    ]);
  });
});

describe('unpublishing offerings', () => {
  it('hides the offering from the public while the expert still sees it, until republished', async () => {
    const { expert, offerings, user } = await expertWithOffering('Joan Jetson');
    const offeringId = offerings[0]!.id;
    const reason = 'The description promises results we cannot check.';
    expectType((await admin.data(UnpublishOfferingDocument, { input: { offeringId, reason } })).unpublishOffering, 'OfferingSuccess');

    expect((await t.client().data(OfferingPageDocument, { expertSlug: expert.slug, slug: offerings[0]!.slug })).offering).toBeNull();
    expect((await t.client().data(ExpertProfileDocument, { slug: expert.slug })).expert?.offerings).toEqual([]);
    const own = (await (await signIn([], user)).data(ExpertProfileDocument, { slug: expert.slug })).expert;
    expect(own?.offerings.map((o) => o.status)).toEqual(['UNPUBLISHED']);

    expectType((await admin.data(RepublishOfferingDocument, { input: { offeringId } })).republishOffering, 'OfferingSuccess');
    const page = (await t.client().data(OfferingPageDocument, { expertSlug: expert.slug, slug: offerings[0]!.slug })).offering;
    expect(page).toMatchObject({
      title: 'Riffs that made rock',
      price: { model: 'PER_MINUTE', amount: { amount: '0.50', currency: 'GBP' } },
    });
  });
});

describe('the moderation queue', () => {
  it('lists submitted applications oldest first, filtered by status, category, age in queue and kind', async () => {
    const cooking = await categoryIdBySlug(t.app.database.db, 'baking');
    const math = await categoryIdBySlug(t.app.database.db, 'math');
    const apply = async (categoryId: string, name: string) => {
      const client = await signIn();
      const draft = expectType(
        (await client.data(SaveApplicationDraftDocument, { input: applicationForm(categoryId, { displayName: name }) }))
          .saveApplicationDraft,
        'ApplicationSuccess',
      );
      expectType(
        (await client.data(SubmitApplicationDocument, { input: { applicationId: draft.application.id } })).submitApplication,
        'ApplicationSuccess',
      );
    };
    await apply(cooking, 'Old Baker');
    clock.advance(30 * 3_600_000);
    await apply(math, 'New Mathematician');
    clock.advance(60_000);
    await apply(cooking, 'New Baker');

    const names = async (variables: Parameters<typeof admin.data<unknown, object>>[1]) =>
      (await admin.data(ModerationQueueDocument, { first: 50, ...(variables as object) })).moderationQueue.edges.map(
        (e) => e.node.content.displayName,
      );
    expect(await names({})).toEqual(['Old Baker', 'New Mathematician', 'New Baker']);
    expect(await names({ categoryId: cooking })).toEqual(['Old Baker', 'New Baker']);
    expect(await names({ minAgeHours: 24 })).toEqual(['Old Baker']);
    const approved = await names({ statuses: ['APPROVED'] });
    expect(approved).toContain('Mick Strummer');
    expect(approved).not.toContain('Old Baker');
    expect(await names({ kind: 'EDIT' })).toEqual([]);

    const firstPage = (await admin.data(ModerationQueueDocument, { first: 2 })).moderationQueue;
    const secondPage = (await admin.data(ModerationQueueDocument, { first: 2, after: firstPage.pageInfo.endCursor })).moderationQueue;
    expect([...firstPage.edges, ...secondPage.edges].map((e) => e.node.content.displayName)).toEqual([
      'Old Baker',
      'New Mathematician',
      'New Baker',
    ]);
  });

  it('refuses every admin mutation to users and experts (FORBIDDEN) and to visitors (UNAUTHENTICATED), changing nothing', async () => {
    const { expert, offerings } = await expertWithOffering('Guarded Expert');
    const application = (await admin.data(ModerationQueueDocument, { first: 1, statuses: ['APPROVED'] })).moderationQueue.edges[0]!.node;
    const { categories } = await t.client().data(CategoriesDocument);
    const attempts = [
      [SuspendExpertDocument, { input: { expertId: expert.id, reason: 'Trying to hide a rival.' } }],
      [ReinstateExpertDocument, { input: { expertId: expert.id } }],
      [UnpublishOfferingDocument, { input: { offeringId: offerings[0]!.id, reason: 'Trying to hide a rival.' } }],
      [RepublishOfferingDocument, { input: { offeringId: offerings[0]!.id } }],
      [ApproveApplicationDocument, { input: { applicationId: application.id } }],
      [RejectApplicationDocument, { input: { applicationId: application.id, reason: 'Not my call to make.' } }],
      [RequestApplicationChangesDocument, { input: { applicationId: application.id, reason: 'Not my call to make.' } }],
      [CreateCategoryDocument, { input: { slug: 'sneaky', nameEn: 'Sneaky', nameFr: 'Sournois' } }],
      [UpdateCategoryDocument, { input: { id: categories[0]!.id, nameEn: 'Renamed by a stranger' } }],
    ] as const;
    const user = await signIn();
    const expertClient = await signIn(['USER', 'EXPERT']);
    for (const [document, variables] of attempts) {
      for (const [client, code] of [
        [user, 'FORBIDDEN'],
        [expertClient, 'FORBIDDEN'],
        [t.client(), 'UNAUTHENTICATED'],
      ] as const) {
        const result = await client.execute(document as never, variables as never);
        expect(result.errors?.[0]?.extensions?.code, getOperationAST(document)?.name?.value).toBe(code);
      }
    }
    expect((await t.client().data(ExpertProfileDocument, { slug: expert.slug })).expert?.status).toBe('ACTIVE');
    expect((await t.client().data(CategoriesDocument)).categories[0]?.nameEn).toBe(categories[0]!.nameEn);
  });

  it('is for admins only, whatever the client shows', async () => {
    const user = await signIn();
    const expert = await signIn(['USER', 'EXPERT']);
    for (const client of [user, expert]) {
      for (const [document, variables] of [
        [ModerationQueueDocument, {}],
        [AuditLogDocument, {}],
        [AdminExpertsDocument, {}],
      ] as const) {
        const result = await client.execute(document, variables);
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      const suspend = await client.execute(SuspendExpertDocument, {
        input: { expertId: '00000000-0000-4000-8000-000000000000', reason: 'Not my call to make.' },
      });
      expect(suspend.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('the category taxonomy', () => {
  it('lets admins add and rename categories, audited, and refuses a duplicate slug', async () => {
    const created = (
      await admin.data(CreateCategoryDocument, {
        input: { slug: 'photography', nameEn: 'Photography', nameFr: 'Photographie', position: 13 },
      })
    ).createCategory;
    const category = expectType(created, 'CategorySuccess').category;
    const duplicate = (await admin.data(CreateCategoryDocument, { input: { slug: 'photography', nameEn: 'Photo', nameFr: 'Photo' } }))
      .createCategory;
    expect(expectType(duplicate, 'InvalidInputError').fieldErrors[0]).toMatchObject({ field: 'slug', code: 'ALREADY_TAKEN' });
    clock.advance(60_000);

    expectType(
      (await admin.data(UpdateCategoryDocument, { input: { id: category.id, nameFr: 'Photo & vidéo' } })).updateCategory,
      'CategorySuccess',
    );
    const { categories } = await t.client().data(CategoriesDocument);
    expect(categories.find((c) => c.slug === 'photography')?.nameFr).toBe('Photo & vidéo');
    const audit = (await admin.data(AuditLogDocument, { targetId: category.id })).auditLog.edges.map((e) => e.node.action);
    expect(audit).toEqual(['CATEGORY_UPDATED', 'CATEGORY_CREATED']);

    const forbidden = await (
      await signIn()
    ).execute(CreateCategoryDocument, { input: { slug: 'hacking', nameEn: 'Hacking', nameFr: 'Piratage' } });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
