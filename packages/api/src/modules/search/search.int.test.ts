import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ApproveApplicationDocument,
  SaveApplicationDraftDocument,
  SearchExpertsDocument,
  SearchExpertsWithoutFacetsDocument,
  SearchSuggestionsDocument,
  SignInDocument,
  SubmitApplicationDocument,
  SuspendExpertDocument,
  ReinstateExpertDocument,
  UnpublishOfferingDocument,
  MyApplicationDocument,
  ExpertProfileDocument,
  ExpertConsoleDocument,
  SetAvailableNowDocument,
  type SearchExpertsInput,
} from '@skillcall/schema';
import { expectType, subscribe, type TestClient } from '../../../test/graphql-client';
import { FlakySearchEngine } from '../../../test/flaky-search-engine';
import { startTestApp, type TestApp } from '../../../test/harness';
import { systemClock } from '../../platform/clock';
import { systemContext } from '../../platform/system-context';
import { createLogger } from '../../platform/logger';
import { createLoaders } from '../../loaders';
import { createUser } from '../../seed/factories';
import { applicationForm, categoryIdBySlug } from '../../seed/expert-factories';
import { seedDemoData } from '../../seed/demo';
import { drainSearchIndex, pendingIndexUpdates, reindexAll } from './search.indexer';
import { createTaxProfile } from '../../seed/tax-factories';

let t: TestApp;
let flaky: FlakySearchEngine;
let admin: TestClient;

beforeAll(async () => {
  t = await startTestApp({}, systemClock, (adapters) => {
    flaky = new FlakySearchEngine(adapters.search);
    return { ...adapters, search: flaky };
  });
  await seedDemoData(t.app.database.db);
  admin = await signIn(['USER', 'ADMIN']);
  // The app's own job worker indexes the demo catalogue; wait until nothing is pending.
  await vi.waitFor(async () => expect((await drainSearchIndex(context())) + (await pendingIndexUpdates(context()))).toBe(0), {
    timeout: 50_000,
    interval: 100,
  });
}, 60_000);
afterAll(() => t.close());

const context = () =>
  systemContext(
    {
      adapters: t.app.adapters,
      db: t.app.database.db,
      config: t.config,
      logger: createLogger(t.config),
      clock: systemClock,
      createLoaders,
    },
    'test',
  );

async function signIn(roles: ('USER' | 'ADMIN')[] = ['USER']): Promise<TestClient> {
  const user = await createUser(t.app.database.db, { roles });
  await createTaxProfile(t.app.database.db, user.id);
  const client = t.client();
  expectType((await client.data(SignInDocument, { input: { email: user.email, password: user.password } })).signIn, 'SignInSuccess');
  return client;
}

async function search(input: SearchExpertsInput, first = 20) {
  const { searchExperts } = await t.client().data(SearchExpertsDocument, { input, first });
  return expectType(searchExperts, 'ExpertSearchConnection');
}
const namesFor = async (input: SearchExpertsInput) => (await search(input, 100)).edges.map((e) => e.node.expert.displayName);

async function approvedExpert(displayName: string, headline: string) {
  const applicant = await signIn();
  const draft = expectType(
    (
      await applicant.data(SaveApplicationDraftDocument, {
        input: applicationForm(await categoryIdBySlug(t.app.database.db, 'piano'), { displayName, headline }),
      })
    ).saveApplicationDraft,
    'ApplicationSuccess',
  );
  const submitted = expectType(
    (await applicant.data(SubmitApplicationDocument, { input: { applicationId: draft.application.id } })).submitApplication,
    'ApplicationSuccess',
  );
  expectType(
    (await admin.data(ApproveApplicationDocument, { input: { applicationId: submitted.application.id } })).approveApplication,
    'ApplicationSuccess',
  );
  const { myExpertProfile } = await applicant.data(MyApplicationDocument);
  return { applicant, expert: myExpertProfile! };
}

describe('searching the catalogue through the API', () => {
  it('finds experts with a misspelled French query, filtered by category, with facets and highlights', async () => {
    const guitar = await categoryIdBySlug(t.app.database.db, 'guitar');
    const results = await search({ query: 'guitre', categoryId: guitar });
    expect(results.totalCount).toBeGreaterThanOrEqual(10);
    const first = results.edges[0]!.node;
    expect(first.highlights.headline.some((s) => s.match && /guitar/i.test(s.text))).toBe(true);
    expect(results.facets.categories.find((f) => f.category.id === guitar)?.count).toBe(results.totalCount);
    expect(results.facets.languages.map((l) => l.language)).toEqual(expect.arrayContaining(['en', 'fr']));
    expect(first.availableNow).toBe(false);
  });

  it('says what a misspelled query was read as, and nothing for a query spelled right', async () => {
    expect((await search({ query: 'pyhton' })).correctedQuery).toBe('python');
    expect((await search({ query: 'python' })).correctedQuery).toBeNull();
  });

  it('lists only experts with one offering both paid per session and within the maximum, in its currency', async () => {
    // /search?q=guitare&category=guitar&price=per-session&max=20&currency=USD
    const guitar = await categoryIdBySlug(t.app.database.db, 'guitar');
    const input = { query: 'guitare', categoryId: guitar, priceModel: 'PER_SESSION', maxPrice: { amount: '20', currency: 'USD' } } as const;
    const results = await search(input, 100);
    const priced = await Promise.all(
      results.edges.map(async ({ node }) => (await admin.data(ExpertProfileDocument, { slug: node.expert.slug })).expert!.offerings),
    );
    for (const offerings of priced) {
      expect(
        offerings.some((o) => o.price.model === 'PER_SESSION' && o.price.amount?.currency === 'USD' && o.price.amount.amountMinor <= 2000),
      ).toBe(true);
    }
    expect(results.facets.categories.find((f) => f.category.id === guitar)?.count ?? 0).toBe(results.totalCount);
    expect(results.totalCount).toBe(results.edges.length);
    // Without the price model, free offerings count as within the maximum.
    const anyModel = await search({ ...input, priceModel: undefined }, 100);
    expect(anyModel.totalCount).toBeGreaterThanOrEqual(results.totalCount);
  });

  it('pages through results with cursors', async () => {
    const all = (await search({ query: 'guitar' }, 100)).edges.map((e) => e.node.expert.id);
    const firstPage = await search({ query: 'guitar' }, 4);
    const { searchExperts } = await t
      .client()
      .data(SearchExpertsDocument, { input: { query: 'guitar' }, first: 4, after: firstPage.pageInfo.endCursor });
    const secondPage = expectType(searchExperts, 'ExpertSearchConnection');
    expect([...firstPage.edges, ...secondPage.edges].map((e) => e.node.expert.id)).toEqual(all.slice(0, 8));
  });

  it('explains what it cannot understand', async () => {
    const { searchExperts } = await t.client().data(SearchExpertsDocument, { input: { query: 'piano', sort: 'PRICE' } });
    expect(expectType(searchExperts, 'InvalidInputError').fieldErrors[0]).toMatchObject({ field: 'currency', code: 'REQUIRED' });
    const badPrice = await t.client().data(SearchExpertsDocument, { input: { maxPrice: { amount: 'cheap', currency: 'EUR' } } });
    expect(expectType(badPrice.searchExperts, 'InvalidInputError').fieldErrors[0]).toMatchObject({
      field: 'maxPrice.amount',
      code: 'INVALID_FORMAT',
    });
    const tooPrecise = await t.client().data(SearchExpertsDocument, { input: { maxPrice: { amount: '10.123', currency: 'EUR' } } });
    expect(expectType(tooPrecise.searchExperts, 'InvalidInputError').fieldErrors[0]).toMatchObject({
      field: 'maxPrice.amount',
      code: 'TOO_PRECISE',
    });
    const unknownCurrency = await t.client().data(SearchExpertsDocument, { input: { sort: 'PRICE', currency: 'ZZZ' } });
    expect(expectType(unknownCurrency.searchExperts, 'InvalidInputError').fieldErrors[0]).toMatchObject({
      field: 'currency',
      code: 'UNSUPPORTED',
    });
  });

  it('suggests experts as you type', async () => {
    const { searchSuggestions } = await t.client().data(SearchSuggestionsDocument, { prefix: 'élodie lef' });
    expect(searchSuggestions.map((s) => s.slug)).toContain('elodie-lefevre');
    const typo = await t.client().data(SearchSuggestionsDocument, { prefix: 'guitre' });
    expect(typo.searchSuggestions.length).toBeGreaterThan(0);
    expect(typo.searchSuggestions.every((s) => /guitar/i.test(s.headline))).toBe(true);
  });
});

describe('indexing follows the data', () => {
  it('shows an approved expert within 2 seconds, and hides them when suspended or without published offering', async () => {
    const { expert } = await approvedExpert('Zéphyrin Quartz', 'Jazz piano voicings for pop songs');
    await expect.poll(() => namesFor({ query: 'zephyrin' }), { timeout: 2000, interval: 100 }).toEqual(['Zéphyrin Quartz']);

    const reason = 'Reported for asking users to pay outside Skillcall.';
    expectType((await admin.data(SuspendExpertDocument, { input: { expertId: expert.id, reason } })).suspendExpert, 'ExpertSuccess');
    await expect.poll(() => namesFor({ query: 'zephyrin' }), { timeout: 2000, interval: 100 }).toEqual([]);
    expectType((await admin.data(ReinstateExpertDocument, { input: { expertId: expert.id } })).reinstateExpert, 'ExpertSuccess');
    await expect.poll(() => namesFor({ query: 'zephyrin' }), { timeout: 2000, interval: 100 }).toEqual(['Zéphyrin Quartz']);

    const { expert: profile } = await admin.data(ExpertProfileDocument, { slug: expert.slug });
    const offeringId = profile!.offerings[0]!.id;
    expectType(
      (await admin.data(UnpublishOfferingDocument, { input: { offeringId, reason: 'Misleading promises in the text.' } }))
        .unpublishOffering,
      'OfferingSuccess',
    );
    await expect.poll(() => namesFor({ query: 'zephyrin' }), { timeout: 2000, interval: 100 }).toEqual([]);
  });

  it('says on each hit whether the expert is available now, as their console comes and goes', async () => {
    const { applicant } = await approvedExpert('Gwendolyn Ashcombe', 'Cello lessons for adult beginners');
    const hitFor = async (input: SearchExpertsInput) =>
      (await search(input)).edges.find((e) => e.node.expert.displayName === 'Gwendolyn Ashcombe')?.node;
    await expect.poll(async () => (await hitFor({ query: 'gwendolyn' }))?.availableNow, { timeout: 2000, interval: 100 }).toBe(false);

    await applicant.data(SetAvailableNowDocument, { available: true });
    const console = subscribe(applicant, ExpertConsoleDocument);
    await console.until((d) => d.expertConsole.presence.availableNow);
    expect((await hitFor({ query: 'gwendolyn' }))?.availableNow).toBe(true);
    await expect
      .poll(async () => (await hitFor({ query: 'gwendolyn', availableNow: true }))?.availableNow, { timeout: 2000, interval: 100 })
      .toBe(true);

    await console.close();
    await expect.poll(async () => (await hitFor({ query: 'gwendolyn' }))?.availableNow, { timeout: 2000, interval: 100 }).toBe(false);
    await expect.poll(() => hitFor({ query: 'gwendolyn', availableNow: true }), { timeout: 2000, interval: 100 }).toBeUndefined();
  });

  it('keeps updates while the engine is down, says so in /readyz, and catches up when it returns', async () => {
    flaky.down = true;
    try {
      const ready = await fetch(`${t.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ checks: { database: true, search: false } });

      const refusedBefore = flaky.refused;
      await approvedExpert('Ottilie Marchetti', 'Piano for people who think they are too old');
      await expect.poll(() => flaky.refused, { timeout: 10_000, interval: 50 }).toBeGreaterThan(refusedBefore); // the drain tried
      expect(await pendingIndexUpdates(context())).toBe(1);
    } finally {
      flaky.down = false;
    }
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
    await expect.poll(() => namesFor({ query: 'ottilie' }), { timeout: 20_000, interval: 250 }).toEqual(['Ottilie Marchetti']);
    expect(await pendingIndexUpdates(context())).toBe(0);
  });

  it('rebuilds the whole index with reindex', async () => {
    await flaky.removeAll();
    expect((await search({})).totalCount).toBe(0);
    const count = await reindexAll(context());
    expect(count).toBeGreaterThanOrEqual(221);
    expect((await search({})).totalCount).toBe(count - 1); // the expert whose only offering was unpublished stays out
  });
});

describe('work nobody reads', () => {
  it('skips facet counts when the client does not select them, and returns the same results', async () => {
    const withFacets = await search({ query: 'piano' });
    const { searchExperts } = await t.client().data(SearchExpertsWithoutFacetsDocument, { input: { query: 'piano' } });
    const without = expectType(searchExperts, 'ExpertSearchConnection');
    expect(without.totalCount).toBe(withFacets.totalCount);
    expect(without.edges.map((e) => e.node.expert.id)).toEqual(withFacets.edges.map((e) => e.node.expert.id));
  });
});
