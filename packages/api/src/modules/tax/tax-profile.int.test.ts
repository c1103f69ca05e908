import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApproveApplicationDocument,
  DeleteAccountDocument,
  MyTaxProfileDocument,
  SaveApplicationDraftDocument,
  SaveTaxProfileDocument,
  SubmitApplicationDocument,
  TaxNoteDocument,
  type SaveApplicationInput,
  type SaveTaxProfileInput,
} from '@skillcall/schema';
import { expectType, type TestClient } from '../../../test/graphql-client';
import { signInAs } from '../../../test/booking-fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { createLoaders } from '../../loaders';
import { createLogger } from '../../platform/logger';
import { systemContext } from '../../platform/system-context';
import { applicationForm, categoryIdBySlug } from '../../seed/expert-factories';
import { createUser, defaultTestPassword } from '../../seed/factories';
import { collectExport } from '../privacy/data-export.collect';
import { findTaxProfile } from './tax-profile.queries';
import { expertTaxProfiles } from './tax-profile.table';

let t: TestApp;
let admin: TestClient;
let guitar: string;

beforeAll(async () => {
  t = await startTestApp();
  guitar = await categoryIdBySlug(t.app.database.db, 'guitar');
  admin = await signInAs(t, await createUser(t.app.database.db, { roles: ['USER', 'ADMIN'] }));
});
afterAll(() => t.close());

const db = () => t.app.database.db;
const system = () =>
  systemContext(
    { config: t.config, logger: createLogger(t.config), clock: t.clock, db: db(), adapters: t.app.adapters, createLoaders },
    'test',
  );

async function applicant() {
  const user = await createUser(db());
  return { user, client: await signInAs(t, user) };
}

const exempt: SaveTaxProfileInput = {
  legalName: 'Élodie Marchand',
  address: '12 rue des Lilas\n75011 Paris',
  country: 'FR',
  status: 'EXEMPT_SMALL_BUSINESS',
};

const saveProfile = async (client: TestClient, input: SaveTaxProfileInput) =>
  (await client.data(SaveTaxProfileDocument, { input })).saveTaxProfile;

async function submit(client: TestClient, input: SaveApplicationInput = applicationForm(guitar)) {
  const draft = expectType((await client.data(SaveApplicationDraftDocument, { input })).saveApplicationDraft, 'ApplicationSuccess');
  return (await client.data(SubmitApplicationDocument, { input: { applicationId: draft.application.id } })).submitApplication;
}

describe('the tax profile paid offerings wait for', () => {
  it('refuses to submit a paid offering without a tax profile, pointing to its page, and accepts it once the profile is saved', async () => {
    const { client } = await applicant();
    const refused = expectType(await submit(client), 'TaxProfileRequiredError');
    expect(refused).toMatchObject({ code: 'TAX_PROFILE_REQUIRED', settingsPath: '/account/tax' });

    const saved = expectType(await saveProfile(client, exempt), 'SaveTaxProfileSuccess').profile;
    // Left empty, the exemption mention is France's.
    expect(saved).toMatchObject({ country: 'FR', exemptionText: 'TVA non applicable, art. 293 B du CGI', complete: true });
    expect((await client.data(MyTaxProfileDocument)).myTaxProfile).toMatchObject({ legalName: 'Élodie Marchand' });
    expectType(await submit(client), 'ApplicationSuccess');
  });

  it('lets an applicant offering only free sessions submit without a tax profile', async () => {
    const { client } = await applicant();
    const free = applicationForm(guitar);
    const offerings = (free.offerings ?? []).map((o) => ({ ...o, price: { model: 'FREE' as const, durationMinutes: 30 } }));
    expectType(await submit(client, { ...free, offerings }), 'ApplicationSuccess');
  });

  it('refuses the approval when the tax profile disappeared after submitting, and approves once it is back', async () => {
    const { user, client } = await applicant();
    expectType(await saveProfile(client, exempt), 'SaveTaxProfileSuccess');
    const submitted = expectType(await submit(client), 'ApplicationSuccess').application;
    const row = await findTaxProfile(db(), user.id);
    await db().delete(expertTaxProfiles).where(eq(expertTaxProfiles.userId, user.id));
    const approve = async () =>
      (await admin.data(ApproveApplicationDocument, { input: { applicationId: submitted.id } })).approveApplication;
    expectType(await approve(), 'TaxProfileRequiredError');
    await db().insert(expertTaxProfiles).values(row!);
    expect(expectType(await approve(), 'ApplicationSuccess').application.status).toBe('APPROVED');
  });

  it('checks a VAT number: required when registered, refused when malformed, of another country or failing its checksum', async () => {
    const { client } = await applicant();
    const registered = { ...exempt, status: 'VAT_REGISTERED' as const };
    const fieldError = async (input: SaveTaxProfileInput) =>
      expectType(await saveProfile(client, input), 'InvalidInputError').fieldErrors.map((e) => [e.field, e.code]);
    expect(await fieldError(registered)).toEqual([['vatNumber', 'REQUIRED']]);
    expect(await fieldError({ ...registered, vatNumber: 'FR00000000000' })).toEqual([['vatNumber', 'INVALID_FORMAT']]);
    expect(await fieldError({ ...registered, vatNumber: 'BE0411905847' })).toEqual([['vatNumber', 'INVALID_FORMAT']]);
    expect(await fieldError({ ...exempt, legalName: ' ', country: 'ZZ' })).toEqual([
      ['legalName', 'REQUIRED'],
      ['country', 'UNSUPPORTED'],
    ]);
    expect((await client.data(MyTaxProfileDocument)).myTaxProfile).toBeNull();

    const saved = expectType(await saveProfile(client, { ...registered, vatNumber: 'fr 40 303 265 045' }), 'SaveTaxProfileSuccess');
    expect(saved.profile).toMatchObject({ status: 'VAT_REGISTERED', vatNumber: 'FR40303265045', exemptionText: null });
  });

  it('is in the data export, and erased with the account', async () => {
    const { user, client } = await applicant();
    expectType(await saveProfile(client, exempt), 'SaveTaxProfileSuccess');
    const exported = await collectExport(system(), user.id);
    expect(exported.documents['tax-profile.json']).toMatchObject({ legalName: 'Élodie Marchand', country: 'FR' });

    const deleted = (await client.data(DeleteAccountDocument, { input: { password: defaultTestPassword, confirmation: user.email } }))
      .deleteAccount;
    expect(deleted.__typename).toBe('DeleteAccountSuccess');
    expect(await findTaxProfile(db(), user.id)).toBeUndefined();
  });
});

describe('the VAT note beside prices', () => {
  it('gives the rate a private person pays in their country today, and none outside the EU', async () => {
    const rate = async (country: string | null) => (await t.client().data(TaxNoteDocument, { country })).taxSettings;
    expect(await rate('FR')).toEqual({ pricesIncludeTax: true, consumerVatPercent: 20 });
    expect((await rate('DE')).consumerVatPercent).toBe(19);
    expect((await rate('FI')).consumerVatPercent).toBe(25.5);
    expect((await rate('US')).consumerVatPercent).toBeNull();
    expect((await rate(null)).consumerVatPercent).toBeNull();
  });
});

describe('under TAX_MODEL=agent', () => {
  it('asks for consent to invoicing on the expert’s behalf before paid offerings are published', async () => {
    // This file's app switches TAX_MODEL for this test only.
    const platformTax = t.config.tax;
    t.config.tax = { ...platformTax, model: 'agent' };
    try {
      const { client } = await applicant();
      expect((await client.data(MyTaxProfileDocument)).taxSettings.invoicingConsentRequired).toBe(true);
      const refused = expectType(await saveProfile(client, exempt), 'InvalidInputError');
      expect(refused.fieldErrors.map((e) => [e.field, e.code])).toEqual([['invoicingConsent', 'REQUIRED']]);
      expectType(await submit(client), 'TaxProfileRequiredError');

      const saved = expectType(await saveProfile(client, { ...exempt, invoicingConsent: true }), 'SaveTaxProfileSuccess').profile;
      expect(saved).toMatchObject({ complete: true, invoicingConsentAt: expect.any(String) });
      expectType(await submit(client), 'ApplicationSuccess');
    } finally {
      t.config.tax = platformTax;
    }
  });
});
