import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApproveApplicationDocument,
  CategoryWithExpertsDocument,
  DevMailboxDocument,
  ExpertProfileDocument,
  MeDocument,
  MyApplicationDocument,
  RejectApplicationDocument,
  RequestApplicationChangesDocument,
  SaveApplicationDraftDocument,
  SignInDocument,
  SubmitApplicationDocument,
  WithdrawApplicationDocument,
  ApplicationForReviewDocument,
  type SaveApplicationInput,
} from '@skillcall/schema';
import { expectType, type TestClient } from '../../../test/graphql-client';
import { startTestApp, type TestApp } from '../../../test/harness';
import { createUser } from '../../seed/factories';
import { applicationForm, categoryIdBySlug } from '../../seed/expert-factories';
import { createTaxProfile } from '../../seed/tax-factories';

let t: TestApp;
let admin: TestClient;
let music: string;
let cooking: string;

beforeAll(async () => {
  t = await startTestApp();
  music = await categoryIdBySlug(t.app.database.db, 'guitar');
  cooking = await categoryIdBySlug(t.app.database.db, 'cooking');
  admin = await signedIn(['USER', 'ADMIN']);
});
afterAll(() => t.close());

async function signedIn(roles: ('USER' | 'ADMIN' | 'EXPERT')[] = ['USER'], locale: 'en' | 'fr' = 'en'): Promise<TestClient> {
  const user = await createUser(t.app.database.db, { roles, locale });
  await createTaxProfile(t.app.database.db, user.id);
  const client = t.client();
  expectType((await client.data(SignInDocument, { input: { email: user.email, password: user.password } })).signIn, 'SignInSuccess');
  return client;
}

async function save(client: TestClient, input: SaveApplicationInput) {
  return (await client.data(SaveApplicationDraftDocument, { input })).saveApplicationDraft;
}

async function submitted(client: TestClient, input: SaveApplicationInput = applicationForm(music)) {
  const draft = expectType(await save(client, input), 'ApplicationSuccess').application;
  return expectType(
    (await client.data(SubmitApplicationDocument, { input: { applicationId: draft.id } })).submitApplication,
    'ApplicationSuccess',
  ).application;
}

const expertsIn = async (slug: string) =>
  ((await t.client().data(CategoryWithExpertsDocument, { slug, first: 100 })).category?.experts.edges ?? []).map((e) => e.node.displayName);

describe('applying to become an expert', () => {
  it('saves a partial draft, refuses to submit it incomplete naming each missing field, then submits it complete', async () => {
    const applicant = await signedIn();
    const draft = expectType(
      await save(applicant, { displayName: 'Claire Fontaine', languages: ['fr'] }),
      'ApplicationSuccess',
    ).application;
    expect(draft).toMatchObject({ status: 'DRAFT', kind: 'INITIAL', content: { displayName: 'Claire Fontaine', offerings: [] } });

    const incomplete = (await applicant.data(SubmitApplicationDocument, { input: { applicationId: draft.id } })).submitApplication;
    const errors = expectType(incomplete, 'InvalidInputError').fieldErrors;
    for (const field of ['headline', 'bio', 'skills', 'categoryIds', 'country', 'timeZone', 'adultConfirmed', 'offerings']) {
      expect(
        errors.find((e) => e.field === field),
        field,
      ).toMatchObject({ code: 'REQUIRED' });
    }

    const complete = await submitted(applicant);
    expect(complete).toMatchObject({ status: 'SUBMITTED', submittedAt: expect.any(String) });
    expect(complete.content.offerings[0]?.price).toMatchObject({
      model: 'PER_SESSION',
      durationMinutes: 45,
      amount: { amountMinor: 2500, currency: 'EUR', amount: '25.00' },
    });
  });

  it('checked for submission, names every missing field and every invalid offering field at once, and saves nothing', async () => {
    const applicant = await signedIn();
    const emptyOffering = {
      title: '',
      description: '',
      categoryId: '',
      languages: ['fr'],
      price: { model: 'PER_SESSION' },
      cancellationPolicy: 'FLEXIBLE',
    };
    const result = await save(applicant, { displayName: 'Claire Fontaine', offerings: [emptyOffering as never], forSubmission: true });
    const fields = expectType(result, 'InvalidInputError').fieldErrors.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'headline',
        'bio',
        'skills',
        'categoryIds',
        'adultConfirmed',
        'offerings.0.title',
        'offerings.0.description',
        'offerings.0.categoryId',
        'offerings.0.price.amount',
      ]),
    );
    expect((await applicant.data(MyApplicationDocument)).myApplication).toBeNull();

    const saved = expectType(await save(applicant, { ...applicationForm(music), forSubmission: true }), 'ApplicationSuccess').application;
    expect(saved.status).toBe('DRAFT');
  });

  it('requires confirming the applicant is 18 or older', async () => {
    const applicant = await signedIn();
    const draft = expectType(await save(applicant, applicationForm(music, { adultConfirmed: false })), 'ApplicationSuccess').application;
    const result = (await applicant.data(SubmitApplicationDocument, { input: { applicationId: draft.id } })).submitApplication;
    expect(expectType(result, 'InvalidInputError').fieldErrors).toEqual([
      expect.objectContaining({ field: 'adultConfirmed', code: 'REQUIRED' }),
    ]);
  });

  it.each([
    ['bio', { bio: 'Prof de guitare depuis 12 ans. Appelez-moi au 06 12 34 56 78 pour réserver directement, c’est moins cher.' }, 'bio'],
    ['bio', { bio: 'Guitar teacher for twelve years. Text me on WhatsApp at +1 415 555 2671 and we skip the platform fees.' }, 'bio'],
    ['headline', { headline: 'Cours de guitare : www.guitare-claire.fr' }, 'headline'],
    ['skills', { skills: ['guitar', 'claire@guitare.fr'] }, 'skills.1'],
    ['bio', { bio: 'Professeure de guitare depuis douze ans, écrivez-moi : claire.fontaine @ gmail . com pour les horaires.' }, 'bio'],
    ['bio', { bio: 'Twelve years of guitar lessons. Call zero six twelve thirty-four fifty-six seventy-eight to book direct.' }, 'bio'],
    ['headline', { headline: 'Guitare avec Claire, claire[@]guitare.fr' }, 'headline'],
    ['name', { displayName: 'Claire, insta: @claire_gtr' }, 'displayName'],
  ])('refuses contact details in the %s with a field-level error, and saves nothing', async (_what, override, field) => {
    const applicant = await signedIn();
    const result = await save(applicant, applicationForm(music, override));
    expect(expectType(result, 'InvalidInputError').fieldErrors).toEqual([expect.objectContaining({ field, code: 'CONTACT_DETAILS' })]);
    expect((await applicant.data(MyApplicationDocument)).myApplication).toBeNull();
  });

  it('refuses contact details inside an offering, naming the offering’s field', async () => {
    const form = applicationForm(music);
    form.offerings[0]!.description = 'Écrivez-moi à claire.fontaine@gmail.com avant le cours pour choisir les morceaux.';
    const result = await save(await signedIn(), form);
    expect(expectType(result, 'InvalidInputError').fieldErrors).toEqual([
      expect.objectContaining({ field: 'offerings.0.description', code: 'CONTACT_DETAILS' }),
    ]);
  });

  it('refuses obfuscated contact details in an offering’s title', async () => {
    const form = applicationForm(music);
    form.offerings[0]!.title = 'Guitare, appelez le O6 l2 34 56 78';
    const result = await save(await signedIn(), form);
    expect(expectType(result, 'InvalidInputError').fieldErrors).toEqual([
      expect.objectContaining({ field: 'offerings.0.title', code: 'CONTACT_DETAILS' }),
    ]);
  });

  it('takes prices in any Stripe currency with its own minor units, and refuses what the currency cannot express', async () => {
    const priced = (price: Record<string, unknown>) => {
      const form = applicationForm(music);
      form.offerings[0]!.price = price as never;
      return form;
    };
    const yen = expectType(
      await save(await signedIn(), priced({ model: 'PER_MINUTE', amount: '150', currency: 'jpy', minMinutes: 10, maxMinutes: 60 })),
      'ApplicationSuccess',
    );
    expect(yen.application.content.offerings[0]?.price).toMatchObject({
      model: 'PER_MINUTE',
      amount: { amountMinor: 150, currency: 'JPY', amount: '150' },
      minMinutes: 10,
      maxMinutes: 60,
    });

    const cases: [Record<string, unknown>, string, string][] = [
      [{ model: 'PER_SESSION', amount: '12.345', currency: 'EUR', durationMinutes: 30 }, 'offerings.0.price.amount', 'TOO_PRECISE'],
      [
        { model: 'PER_MINUTE', amount: '1500.5', currency: 'JPY', minMinutes: 5, maxMinutes: 30 },
        'offerings.0.price.amount',
        'TOO_PRECISE',
      ],
      [{ model: 'PER_SESSION', amount: '10', currency: 'XYZ', durationMinutes: 30 }, 'offerings.0.price.currency', 'UNSUPPORTED'],
      [{ model: 'PER_MINUTE', amount: '1', currency: 'USD', minMinutes: 30, maxMinutes: 10 }, 'offerings.0.price.maxMinutes', 'TOO_SHORT'],
      [{ model: 'PER_SESSION', currency: 'USD', durationMinutes: 30 }, 'offerings.0.price.amount', 'REQUIRED'],
      // More than Stripe charges at once (eight digits): the price, or the price per minute over the longest session.
      [{ model: 'PER_SESSION', amount: '25000000', currency: 'EUR', durationMinutes: 30 }, 'offerings.0.price.amount', 'TOO_LARGE'],
      [
        { model: 'PER_MINUTE', amount: '1000000', currency: 'JPY', minMinutes: 5, maxMinutes: 100 },
        'offerings.0.price.amount',
        'TOO_LARGE',
      ],
    ];
    for (const [price, field, code] of cases) {
      const result = await save(await signedIn(), priced(price));
      expect(expectType(result, 'InvalidInputError').fieldErrors).toEqual([expect.objectContaining({ field, code })]);
    }
    // Up to the limit is fine: 999,999 JPY a minute for 100 minutes is 99,999,900.
    const highest = expectType(
      await save(await signedIn(), priced({ model: 'PER_MINUTE', amount: '999999', currency: 'JPY', minMinutes: 5, maxMinutes: 100 })),
      'ApplicationSuccess',
    );
    expect(highest.application.content.offerings[0]?.price).toMatchObject({ amount: { amountMinor: 999_999, currency: 'JPY' } });
  });

  it('refuses unknown categories and language or country codes', async () => {
    const result = await save(
      await signedIn(),
      applicationForm(music, { categoryIds: ['00000000-0000-4000-8000-000000000000'], languages: ['xx'], country: 'QQ' }),
    );
    const fields = expectType(result, 'InvalidInputError').fieldErrors.map((f) => `${f.field}:${f.code}`);
    expect(fields).toEqual(expect.arrayContaining(['languages.0:UNSUPPORTED', 'country:UNSUPPORTED']));
  });

  it('cannot be changed while waiting for review, until withdrawn', async () => {
    const applicant = await signedIn();
    const application = await submitted(applicant);
    const blocked = await save(applicant, applicationForm(music, { headline: 'A better headline for my lessons' }));
    expect(expectType(blocked, 'InvalidTransitionError')).toMatchObject({ code: 'INVALID_TRANSITION', from: 'SUBMITTED', to: 'DRAFT' });
    const withdrawn = (await applicant.data(WithdrawApplicationDocument, { input: { applicationId: application.id } })).withdrawApplication;
    expect(expectType(withdrawn, 'ApplicationSuccess').application.status).toBe('DRAFT');
    expectType(await save(applicant, applicationForm(music, { headline: 'A better headline for my lessons' })), 'ApplicationSuccess');
  });
});

describe('moderating applications', () => {
  it('approving publishes the profile and offerings, grants the expert role, lists the expert in its category and tells the applicant', async () => {
    const applicant = await signedIn(['USER'], 'fr');
    const application = await submitted(
      applicant,
      applicationForm(cooking, { displayName: 'Jeanne Poulain', headline: 'Pain au levain, pas à pas' }),
    );
    expect(await expertsIn('cooking')).not.toContain('Jeanne Poulain');

    const result = (await admin.data(ApproveApplicationDocument, { input: { applicationId: application.id } })).approveApplication;
    expect(expectType(result, 'ApplicationSuccess').application.status).toBe('APPROVED');

    const profile = (await applicant.data(MyApplicationDocument)).myExpertProfile!;
    const { expert } = await t.client().data(ExpertProfileDocument, { slug: profile.slug });
    expect(expert).toMatchObject({ displayName: 'Jeanne Poulain', headline: 'Pain au levain, pas à pas', status: 'ACTIVE' });
    expect(expert?.offerings.map((o) => o.title)).toEqual(['Your first chords']);
    expect((await applicant.data(MeDocument)).me?.roles).toContain('EXPERT');
    expect(await expertsIn('cooking')).toContain('Jeanne Poulain');

    const me = (await applicant.data(MeDocument)).me!;
    const mail = (await t.client().data(DevMailboxDocument, { to: me.email! })).devMailbox.edges[0]!.node;
    expect(mail.subject).toBe('Vous êtes désormais expert Skillcall');
    // Approved without a note: no empty line where a note would go, and the link opens the public profile.
    expect(mail.text).toContain(`sont publics.\n\nVoyez votre profil public : ${t.config.publicUrl}/experts/${profile.slug}\n`);
  });

  it('rejecting needs a reason, which the applicant sees; they may then apply again', async () => {
    const applicant = await signedIn();
    const application = await submitted(applicant);
    const noReason = (await admin.data(RejectApplicationDocument, { input: { applicationId: application.id } })).rejectApplication;
    expect(expectType(noReason, 'InvalidInputError').fieldErrors[0]).toMatchObject({ field: 'reason' });

    const reason = 'The bio does not say what you can teach a beginner.';
    expectType(
      (await admin.data(RejectApplicationDocument, { input: { applicationId: application.id, reason } })).rejectApplication,
      'ApplicationSuccess',
    );
    expect((await applicant.data(MyApplicationDocument)).myApplication).toMatchObject({ status: 'REJECTED', reviewerReason: reason });

    const again = expectType(await save(applicant, applicationForm(music)), 'ApplicationSuccess').application;
    expect(again.id).not.toBe(application.id);
    expect(again.status).toBe('DRAFT');
  });

  it('after changes are requested, the applicant edits and resubmits, and the admin approves', async () => {
    const applicant = await signedIn();
    const application = await submitted(applicant);
    const reason = 'Please add what students need before the first lesson.';
    expectType(
      (await admin.data(RequestApplicationChangesDocument, { input: { applicationId: application.id, reason } })).requestApplicationChanges,
      'ApplicationSuccess',
    );
    expect((await applicant.data(MyApplicationDocument)).myApplication).toMatchObject({
      status: 'CHANGES_REQUESTED',
      reviewerReason: reason,
    });

    const edited = expectType(
      await save(applicant, applicationForm(music, { bio: `${applicationForm(music).bio} Bring a guitar and a pick.` })),
      'ApplicationSuccess',
    );
    expect(edited.application.status).toBe('CHANGES_REQUESTED');
    const resubmitted = (await applicant.data(SubmitApplicationDocument, { input: { applicationId: application.id } })).submitApplication;
    expect(expectType(resubmitted, 'ApplicationSuccess').application.status).toBe('SUBMITTED');
    expectType(
      (await admin.data(ApproveApplicationDocument, { input: { applicationId: application.id } })).approveApplication,
      'ApplicationSuccess',
    );
  });

  it('refuses decisions the lifecycle does not allow', async () => {
    const applicant = await signedIn();
    const draft = expectType(await save(applicant, applicationForm(music)), 'ApplicationSuccess').application;
    const early = (await admin.data(ApproveApplicationDocument, { input: { applicationId: draft.id } })).approveApplication;
    expect(expectType(early, 'InvalidTransitionError')).toMatchObject({ from: 'DRAFT', to: 'APPROVED' });

    const application = expectType(
      (await applicant.data(SubmitApplicationDocument, { input: { applicationId: draft.id } })).submitApplication,
      'ApplicationSuccess',
    ).application;
    expectType(
      (await admin.data(ApproveApplicationDocument, { input: { applicationId: application.id } })).approveApplication,
      'ApplicationSuccess',
    );
    const twice = (
      await admin.data(RejectApplicationDocument, { input: { applicationId: application.id, reason: 'Changed my mind about it.' } })
    ).rejectApplication;
    expect(expectType(twice, 'InvalidTransitionError')).toMatchObject({ from: 'APPROVED', to: 'REJECTED' });
  });

  it('forbids non-admins from deciding, and hides an application from other users', async () => {
    const applicant = await signedIn();
    const application = await submitted(applicant);
    const stranger = await signedIn();
    for (const client of [applicant, stranger]) {
      const attempt = await client.execute(ApproveApplicationDocument, { input: { applicationId: application.id } });
      expect(attempt.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await t.client().execute(ApproveApplicationDocument, { input: { applicationId: application.id } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const peek = await stranger.execute(ApplicationForReviewDocument, { id: application.id });
    expect(peek.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const withdraw = await stranger.execute(WithdrawApplicationDocument, { input: { applicationId: application.id } });
    expect(withdraw.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const submit = await stranger.execute(SubmitApplicationDocument, { input: { applicationId: application.id } });
    expect(submit.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await applicant.data(MyApplicationDocument)).myApplication?.status).toBe('SUBMITTED');
    expect((await admin.data(ApplicationForReviewDocument, { id: application.id })).application.id).toBe(application.id);
  });
});

describe('editing a published profile', () => {
  it('keeps the approved version online until the edit is approved, then replaces it', async () => {
    const expertClient = await signedIn();
    const first = await submitted(expertClient, applicationForm(music, { headline: 'Guitar for grown-up beginners' }));
    expectType(
      (await admin.data(ApproveApplicationDocument, { input: { applicationId: first.id } })).approveApplication,
      'ApplicationSuccess',
    );
    const { myApplication, myExpertProfile } = await expertClient.data(MyApplicationDocument);
    const published = myApplication!.content;
    const slug = myExpertProfile!.slug;

    const editForm = applicationForm(music, {
      headline: 'Guitar and ukulele for grown-up beginners',
      offerings: [
        {
          title: 'Ukulele in an hour',
          description: 'Four chords, one strumming pattern, and your first song on the ukulele.',
          categoryId: music,
          languages: ['en'],
          price: { model: 'FREE', durationMinutes: 30 },
          cancellationPolicy: 'STRICT',
        },
      ],
    });
    expect(published.offerings[0]?.id).toBeTruthy();
    const edit = await submitted(expertClient, editForm);
    expect(edit.kind).toBe('EDIT');

    const before = (await t.client().data(ExpertProfileDocument, { slug })).expert!;
    expect(before.headline).toBe('Guitar for grown-up beginners');
    expect(before.offerings.map((o) => o.title)).toEqual(['Your first chords']);

    expectType(
      (await admin.data(ApproveApplicationDocument, { input: { applicationId: edit.id } })).approveApplication,
      'ApplicationSuccess',
    );
    const after = (await t.client().data(ExpertProfileDocument, { slug })).expert!;
    expect(after.headline).toBe('Guitar and ukulele for grown-up beginners');
    expect(after.offerings.map((o) => [o.title, o.price.model])).toEqual([['Ukulele in an hour', 'FREE']]);
  });
});
